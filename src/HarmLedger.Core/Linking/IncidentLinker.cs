using HarmLedger.Model;

namespace HarmLedger.Linking;

/// <summary>Decides which existing incident, if any, a new incident claim describes.</summary>
/// <remarks>
/// A claim joins an incident only when the dates overlap (within the tolerance), the places agree
/// (within the distance their precision allows) and the perpetrators do not conflict. A claim with
/// neither a date nor a place never joins: there is nothing to tie it to; a claim without a place joins
/// only a placeless incident of the same day blamed on the same party. Reports too vague in time or place
/// (a month, a province), and reports whose tolls are an order of magnitude apart, are left for an analyst.
/// </remarks>
public sealed class IncidentLinker(LinkingOptions options)
{
    /// <summary>The date window in which candidates must fall, for the store to fetch them.</summary>
    public (DateOnly? From, DateOnly? To) Window(DateSpan date) =>
        (date.Start?.AddDays(-options.DayTolerance), (date.End ?? date.Start)?.AddDays(options.DayTolerance));

    /// <summary>The best-matching incident among the candidates, or <c>null</c> when none matches.</summary>
    public Incident? FindMatch(Claim claim, IEnumerable<Incident> candidates)
    {
        if (claim.Date.Start is null && claim.Place is null)
        {
            return null;
        }

        Incident? best = null;
        var bestScore = double.MinValue;
        foreach (var incident in candidates)
        {
            var score = Score(claim, incident);
            if (score is double s && s > bestScore)
            {
                best = incident;
                bestScore = s;
            }
        }

        return best;
    }

    /// <summary>How well a claim fits an incident (higher is better), or <c>null</c> when it cannot be the same event.</summary>
    public double? Score(Claim claim, Incident incident) =>
        Score(claim.Date, claim.Place, claim.Perpetrator is null ? [] : [claim.Perpetrator], claim.Killed,
              incident.Date, incident.Place, incident.Belligerents, incident.Killed);

    /// <summary>How alike two incidents are, for flagging likely duplicates; <c>null</c> when they cannot be one event.</summary>
    public double? Score(Incident a, Incident b) =>
        Score(a.Date, a.Place, a.Belligerents, a.Killed, b.Date, b.Place, b.Belligerents, b.Killed);

    private double? Score(
        DateSpan aDate, Place? aPlace, IReadOnlyCollection<string> aParties, Figures? aKilled,
        DateSpan bDate, Place? bPlace, IReadOnlyCollection<string> bParties, Figures? bKilled)
    {
        if (TooVague(aDate) || TooVague(bDate) || !DatesOverlap(aDate, bDate) || !PartiesAgree(aParties, bParties) ||
            TollsPartThem(aKilled, bKilled))
        {
            return null;
        }

        if (aPlace is null || bPlace is null)
        {
            // A placed report never joins a placeless one; two placeless ones only on the same day, by a named party.
            return aPlace is null && bPlace is null && aDate.Precision == DatePrecision.Day && aParties.Count > 0 && bParties.Count > 0
                ? 0.1
                : null;
        }

        // A province or a country is only a hint: it joins a report on the same day that names the same party.
        var coarse = aPlace.Precision > PlacePrecision.District || bPlace.Precision > PlacePrecision.District;
        if (coarse && !options.LinkCoarsePlaces &&
            (aDate.Precision != DatePrecision.Day || bDate.Precision != DatePrecision.Day || aParties.Count == 0 || bParties.Count == 0))
        {
            return null;
        }

        var km = GeoDistance.Kilometres(aPlace.Lat, aPlace.Lon, bPlace.Lat, bPlace.Lon);
        var limit = aPlace.Precision <= PlacePrecision.Town && bPlace.Precision <= PlacePrecision.Town
            ? options.TownKm
            : options.ProvinceKm;
        if (km <= limit)
        {
            return 1 - (km / limit) + TollLikeness(aKilled, bKilled);
        }

        // A province's point is its capital: a town in the same province may lie far from it and still be in it.
        return coarse && ProvinceKey(aPlace) is string key && key == ProvinceKey(bPlace) ? 0.05 + TollLikeness(aKilled, bKilled) : null;
    }

    /// <summary>The province a place lies in, as "CC/NAME", or <c>null</c> when unknown; a province is its own.</summary>
    public static string? ProvinceKey(Place place)
    {
        var name = place.Precision == PlacePrecision.Province ? place.Admin1 ?? place.Name : place.Admin1;
        return place.Precision == PlacePrecision.Country || string.IsNullOrWhiteSpace(name)
            ? null
            : $"{place.Country}/{name.Trim().ToUpperInvariant()}";
    }

    private bool DatesOverlap(DateSpan a, DateSpan b)
    {
        if (a.Start is null || b.Start is null)
        {
            return true;
        }

        var aEnd = (a.End ?? a.Start.Value).AddDays(options.DayTolerance);
        var bEnd = (b.End ?? b.Start.Value).AddDays(options.DayTolerance);
        return a.Start.Value <= bEnd && b.Start.Value <= aEnd;
    }

    private bool TooVague(DateSpan date) =>
        date.Start is DateOnly start && (date.End ?? start).DayNumber - start.DayNumber >= options.MaxSpanDays;

    /// <summary>Tolls an order of magnitude apart describe different events; a missing toll parts nothing.</summary>
    private bool TollsPartThem(Figures? a, Figures? b)
    {
        if (a?[VictimCategory.Total] is not FigureRange x || b?[VictimCategory.Total] is not FigureRange y)
        {
            return false;
        }

        var (low, high) = x.Min <= y.Min ? (x, y) : (y, x);
        var lowTop = low.Max ?? int.MaxValue;
        return high.Min > lowTop && high.Min - lowTop > options.TollGap && high.Min > options.TollRatio * Math.Max(lowTop, 1);
    }

    /// <summary>Up to 0.25 more for tolls alike, so that of two incidents equally near, the one with the same toll wins.</summary>
    private static double TollLikeness(Figures? a, Figures? b)
    {
        if (a?[VictimCategory.Total] is not FigureRange x || b?[VictimCategory.Total] is not FigureRange y)
        {
            return 0;
        }

        return 0.25 * (Math.Min(x.Min, y.Min) + 1.0) / (Math.Max(x.Min, y.Min) + 1.0);
    }

    /// <summary>Parties agree when either side names none, or they share one.</summary>
    private static bool PartiesAgree(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        a.Count == 0 || b.Count == 0 || a.Intersect(b, StringComparer.OrdinalIgnoreCase).Any();
}
