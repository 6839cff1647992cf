using HarmLedger.Model;

namespace HarmLedger.Linking;

/// <summary>Decides which existing incident, if any, a new incident claim describes.</summary>
/// <remarks>
/// A claim joins an incident only when the dates overlap (within the tolerance), the places agree
/// (within the distance their precision allows) and the perpetrators do not conflict. A claim with
/// neither a date nor a place never joins: there is nothing to tie it to.
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
    public double? Score(Claim claim, Incident incident)
    {
        if (!DatesOverlap(claim.Date, incident.Date) || !PerpetratorsAgree(claim, incident))
        {
            return null;
        }

        if (claim.Place is null || incident.Place is null)
        {
            // Without a place on both sides, only an exact-day match with the same perpetrator will do.
            return claim.Date.Precision == DatePrecision.Day && claim.Perpetrator is not null ? 0.1 : null;
        }

        var km = GeoDistance.Kilometres(claim.Place.Lat, claim.Place.Lon, incident.Place.Lat, incident.Place.Lon);
        var limit = claim.Place.Precision <= PlacePrecision.Town && incident.Place.Precision <= PlacePrecision.Town
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
        return a.Start.Value.AddDays(-options.DayTolerance) <= bEnd && b.Start.Value.AddDays(-options.DayTolerance) <= aEnd;
    }

    private static bool PerpetratorsAgree(Claim claim, Incident incident) =>
        claim.Perpetrator is null || incident.Belligerents.IsEmpty ||
        incident.Belligerents.Contains(claim.Perpetrator, StringComparer.OrdinalIgnoreCase);
}
