namespace HarmLedger.Storage;

/// <summary>The outcome of adding a document: its id, and whether the same bytes were already stored.</summary>
public sealed record DocumentAdded(long DocumentId, bool Duplicate);
