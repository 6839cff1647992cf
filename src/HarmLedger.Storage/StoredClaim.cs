using HarmLedger.Model;

namespace HarmLedger.Storage;

/// <summary>A claim as stored, with the document it came from.</summary>
/// <param name="Extractor">The extractor version that made it, or <c>null</c> for an analyst's claim.</param>
public sealed record StoredClaim(
    long Id,
    long DocumentId,
    long? IncidentId,
    Claim Claim,
    string? Extractor,
    string? DocumentUrl,
    string? DocumentTitle,
    string? SourceName,
    DateOnly? Published);
