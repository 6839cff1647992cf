namespace HarmLedger.Linking;

/// <summary>How close two reports must be to describe one incident.</summary>
/// <param name="DayTolerance">Days either side of a day-precise date still counted as the same day (reports cross midnight and time zones).</param>
/// <param name="TownKm">The farthest apart two town-precise places may be.</param>
/// <param name="ProvinceKm">The farthest apart when either place is only known to district or province.</param>
public sealed record LinkingOptions(int DayTolerance = 1, double TownKm = 15, double ProvinceKm = 100)
{
    /// <summary>The defaults.</summary>
    public static readonly LinkingOptions Default = new();
}
