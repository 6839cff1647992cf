using System.Collections.Immutable;

namespace HarmLedger.Model;

/// <summary>One event that one or more claims describe, with its reconciled figures.</summary>
/// <param name="GradeOverride">An analyst's grade, which the rules never replace; <c>null</c> when the rules decide.</param>
/// <param name="MergedInto">The incident this one was merged into by an analyst, if any.</param>
public sealed record Incident(
    long Id,
    IncidentStatus Status,
    Grade Grade,
    DateSpan Date,
    Place? Place,
    ImmutableArray<string> Belligerents,
    Figures? Killed,
    Figures? Injured,
    int ClaimCount,
    int DocumentCount,
    ImmutableArray<string> Sources,
    Grade? GradeOverride = null,
    long? MergedInto = null);
