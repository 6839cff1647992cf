namespace HarmLedger.Model;

/// <summary>Where an incident stands in analysts' review.</summary>
public enum IncidentStatus
{
    /// <summary>Made by the linker; no analyst has looked at it.</summary>
    Automatic,

    /// <summary>An analyst is reviewing it.</summary>
    UnderReview,

    /// <summary>Reviewed and published.</summary>
    Published,

    /// <summary>Withdrawn from publication, kept for the record.</summary>
    Archived,
}
