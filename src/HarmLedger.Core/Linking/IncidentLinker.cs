using HarmLedger.Model;

namespace HarmLedger.Linking;

/// <summary>Decides which existing incident, if any, a new incident claim describes.</summary>
/// <remarks>
/// A claim joins an incident only when the dates overlap (within the tolerance), the places agree
/// (within the distance their precision allows) and the perpetrators do not conflict. A claim with
/// neither a date nor a place never joins: there is nothing to tie it to; a claim without a place joins
/// only a placeless incident of the same day blamed on the same party.
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
        Score(claim.Date, claim.Place, claim.Perpetrator is null ? [] : [claim.Perpetrator], incident.Date, incident.Place, incident.Belligerents);

    /// <summary>How alike two incidents are, for flagging likely duplicates; <c>null</c> when they cannot be one event.</summary>
    public double? Score(Incident a, Incident b) => Score(a.Date, a.Place, a.Belligerents, b.Date, b.Place, b.Belligerents);

    private double? Score(
        DateSpan aDate, Place? aPlace, IReadOnlyCollection<string> aParties, DateSpan bDate, Place? bPlace, IReadOnlyCollection<string> bParties)
    {
        if (!DatesOverlap(aDate, bDate) || !PartiesAgree(aParties, bParties))
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

        var km = GeoDistance.Kilometres(aPlace.Lat, aPlace.Lon, bPlace.Lat, bPlace.Lon);
        var limit = aPlace.Precision <= PlacePrecision.Town && bPlace.Precision <= PlacePrecision.Town
            ? options.TownKm
            : options.ProvinceKm;
        return km <= limit ? 1 - (km / limit) : null;
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

    /// <summary>Parties agree when either side names none, or they share one.</summary>
    private static bool PartiesAgree(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        a.Count == 0 || b.Count == 0 || a.Intersect(b, StringComparer.OrdinalIgnoreCase).Any();
}
