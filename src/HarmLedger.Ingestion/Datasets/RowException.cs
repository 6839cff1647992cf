namespace HarmLedger.Ingestion.Datasets;

/// <summary>Why one row cannot become a claim; caught by <see cref="DatasetTable"/> and turned into a skip.</summary>
internal sealed class RowException(string reason) : Exception(reason);
