namespace HarmLedger.Ingestion.Datasets;

/// <summary>A row that could not become a claim, and why (e.g. "latitude '95.2' is out of range").</summary>
public sealed record DatasetSkip(int Line, string Reason) : DatasetItem(Line);
