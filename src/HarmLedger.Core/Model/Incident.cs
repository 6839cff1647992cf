using System.Collections.Immutable;

namespace HarmLedger.Model;

/// <summary>One event that one or more claims describe, with its reconciled figures.</summary>
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
    ImmutableArray<string> Sources);
