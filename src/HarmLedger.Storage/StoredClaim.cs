using HarmLedger.Model;

namespace HarmLedger.Storage;

/// <summary>A claim as stored, with the document it came from.</summary>
/// <param name="Extractor">The extractor or importer version that made it, or <c>null</c> for an analyst's claim.</param>
/// <param name="ExternalId">The row's id in an imported dataset (e.g. <c>ucdp-ged:114064</c>).</param>
/// <param name="Assessment">A belligerent's assessment of the allegation, for acknowledgement claims from official assessments.</param>
/// <param name="DeclaredGrade">The grade the imported table gave the incident, if it came from one.</param>
/// <param name="Pinned">An analyst placed the claim in its incident; the linker never moves it.</param>
public sealed record StoredClaim(
    long Id,
    long DocumentId,
    long? IncidentId,
    Claim Claim,
    string? Extractor,
    string? DocumentUrl,
    string? DocumentTitle,
    string? SourceName,
    DateOnly? Published,
    string? ExternalId = null,
    string? Assessment = null,
    bool Pinned = false,
    Grade? DeclaredGrade = null);
