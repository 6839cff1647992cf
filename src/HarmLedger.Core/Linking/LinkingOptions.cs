namespace HarmLedger.Linking;

/// <summary>How close two reports must be to describe one incident.</summary>
/// <param name="DayTolerance">Days either side of a date still counted as the same day (reports cross midnight and time zones).</param>
/// <param name="TownKm">The farthest apart two town-precise places may be.</param>
/// <param name="ProvinceKm">The farthest apart when either place is only known to a district (or, where allowed, a province).</param>
/// <param name="MaxSpanDays">A report whose date is vaguer than this many days ("in March") is too vague to join anything by itself.</param>
/// <param name="LinkCoarsePlaces">Whether places known only to the province or country may link; off for automatic linking, on for review.</param>
/// <param name="TollRatio">
/// Two tolls this many times apart (and more than <see cref="TollGap"/> people apart) are taken for different events:
/// early and late counts of one strike differ, but not by an order of magnitude.
/// </param>
/// <param name="TollGap">The least difference in people for <see cref="TollRatio"/> to part two reports.</param>
public sealed record LinkingOptions(
    int DayTolerance = 1,
    double TownKm = 15,
    double ProvinceKm = 50,
    int MaxSpanDays = 7,
    bool LinkCoarsePlaces = false,
    double TollRatio = 4,
    int TollGap = 10)
{
    /// <summary>The defaults.</summary>
    public static readonly LinkingOptions Default = new();
}
