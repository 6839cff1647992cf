using HarmLedger.Model;

namespace HarmLedger.Storage;

/// <summary>A claim from a dataset row, with what the row says beside the claim.</summary>
/// <param name="ExternalId">The row's id in its dataset, e.g. <c>ucdp-ged:114064</c>: re-imports match on it.</param>
/// <param name="Assessment">For official assessments: <c>not-assessed</c>, <c>credible</c>, <c>non-credible</c> or <c>duplicate</c>.</param>
/// <param name="DeclaredGrade">The grade the table itself gives the incident (a monitor's own grading), if any.</param>
public sealed record DatasetClaim(string ExternalId, Claim Claim, string? Assessment, Grade? DeclaredGrade);
