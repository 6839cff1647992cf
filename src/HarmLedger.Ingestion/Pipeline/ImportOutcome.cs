using HarmLedger.Ingestion.Datasets;

namespace HarmLedger.Ingestion.Pipeline;

/// <summary>What importing one dataset file did.</summary>
/// <param name="Imported">Rows new to the store.</param>
/// <param name="Changed">Rows stored before whose content has changed, updated in place.</param>
/// <param name="Unchanged">Rows stored before, identical: nothing written.</param>
/// <param name="NewIncidents">Incidents the new rows started (the rest joined existing ones).</param>
public sealed record ImportOutcome(long DocumentId, int Imported, int Changed, int Unchanged, int NewIncidents, IReadOnlyList<DatasetSkip> Skipped);
