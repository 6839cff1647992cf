namespace HarmLedger.Storage;

/// <summary>Filters for listing incidents; a <c>null</c> filter matches everything.</summary>
/// <remarks><see cref="From"/> and <see cref="To"/> are inclusive and match incidents whose date range overlaps them.</remarks>
public sealed record IncidentQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Country = null,
    string? Belligerent = null,
    string? Grade = null,
    string? Status = null,
    int Limit = 10_000);
