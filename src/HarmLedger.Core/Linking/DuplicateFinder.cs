using HarmLedger.Model;

namespace HarmLedger.Linking;

/// <summary>Finds pairs of incidents that may be one event, for analysts to review.</summary>
/// <remarks>
/// Incidents are swept in date order, so only those within the linker's day tolerance are compared:
/// the work grows with n log n (the sort), not n². Incidents without a date are not compared.
/// </remarks>
public sealed class DuplicateFinder(IncidentLinker linker, int dayTolerance)
{
    /// <summary>The looser settings used to flag possible duplicates that the linker itself would not join.</summary>
    public static readonly LinkingOptions ReviewOptions = new(DayTolerance: 3, TownKm: 30, ProvinceKm: 150);

    /// <summary>A finder with <see cref="ReviewOptions"/>.</summary>
    public static DuplicateFinder ForReview() => new(new IncidentLinker(ReviewOptions), ReviewOptions.DayTolerance);

    /// <summary>Every likely duplicate pair, most alike first.</summary>
    public IReadOnlyList<LikelyDuplicate> Find(IEnumerable<Incident> incidents)
    {
        var dated = incidents.Where(i => i.Date.Start is not null).OrderBy(i => i.Date.Start).ToList();
        var pairs = new List<LikelyDuplicate>();
        for (var i = 0; i < dated.Count; i++)
        {
            var reach = (dated[i].Date.End ?? dated[i].Date.Start!.Value).AddDays(dayTolerance);
            for (var j = i + 1; j < dated.Count && dated[j].Date.Start <= reach; j++)
            {
                if (linker.Score(dated[i], dated[j]) is double score)
                {
                    pairs.Add(new LikelyDuplicate(dated[i].Id, dated[j].Id, score));
                }
            }
        }

        return [.. pairs.OrderByDescending(p => p.Score)];
    }
}
