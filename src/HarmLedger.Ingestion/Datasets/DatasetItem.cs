namespace HarmLedger.Ingestion.Datasets;

/// <summary>What a dataset reader yields for one row of a file: a <see cref="DatasetRow"/> or a <see cref="DatasetSkip"/>.</summary>
/// <param name="Line">The 1-based physical line the row starts on.</param>
public abstract record DatasetItem(int Line);
