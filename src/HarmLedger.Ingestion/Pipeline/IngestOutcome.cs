namespace HarmLedger.Ingestion.Pipeline;

/// <summary>What became of one report offered for ingestion.</summary>
/// <param name="Path">The file (or label) the report came from.</param>
/// <param name="DocumentId">The stored document, when it was stored now or before.</param>
/// <param name="Duplicate">The same bytes were already stored; nothing changed.</param>
/// <param name="SkipReason">Why the report was not stored, or <c>null</c> when it was.</param>
public sealed record IngestOutcome(string Path, long? DocumentId, bool Duplicate, string? SkipReason, int Claims, int NewIncidents)
{
    /// <summary>Whether the report was refused.</summary>
    public bool Skipped => SkipReason is not null;
}
