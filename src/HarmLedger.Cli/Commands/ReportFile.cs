namespace HarmLedger.Cli.Commands;

/// <summary>A path to ingest, or the reason it cannot be.</summary>
internal sealed record ReportFile(string Path, string? Problem);
