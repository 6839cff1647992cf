namespace HarmLedger.Model;

/// <summary>An outlet or organisation that publishes reports.</summary>
public sealed record Source(string Name, SourceKind Kind, string? Country);
