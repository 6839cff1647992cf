using HarmLedger.Model;

namespace HarmLedger.Gazetteer;

/// <summary>Resolution: each matched name becomes the place that best fits the countries and provinces the text names.</summary>
public sealed partial class GazetteerResolver
{
    // Weights of the ranking rules, in units of log10(population).
    private const double CountryContextBonus = 4.0;
    private const double ProvinceContextBonus = 4.0;
    private const double ClearLeadForContext = 2.0;
    private const double RelativePositionFactor = 0.75;

    private List<PlaceMention> Resolve(string text, List<PhraseMatch> matches)
    {
        var preferred = new int[matches.Count][];
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var provinces = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < matches.Count; k++)
        {
            var commaJoined = k > 0 && IsCommaJoined(text, matches[k - 1].End, matches[k].Start);
            preferred[k] = Preferred(matches[k], commaJoined);
            if (ClearLeader(preferred[k]) is { } leader)
            {
                countries[leader.Place.Country] = countries.GetValueOrDefault(leader.Place.Country) + 1;
                if (leader.Kind != PlaceKind.Country && leader.Admin1Code.Length > 0)
                {
                    provinces.Add(Admin1Key(leader.Place.Country, leader.Admin1Code));
                }
            }
        }

        var mentions = new List<PlaceMention>(matches.Count);
        for (var k = 0; k < matches.Count; k++)
        {
            mentions.Add(Choose(matches[k], preferred[k], countries, provinces));
        }

        return mentions;
    }

    private PlaceMention Choose(PhraseMatch match, int[] candidates, Dictionary<string, int> countries, HashSet<string> provinces)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        var secondScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var place = _places[candidate];
            var score = place.Prominence;
            if (countries.TryGetValue(place.Place.Country, out var count))
            {
                score += CountryContextBonus + (0.5 * Math.Min(count, 4));
            }

            if (place.Kind != PlaceKind.Country && provinces.Contains(Admin1Key(place.Place.Country, place.Admin1Code)))
            {
                score += ProvinceContextBonus;
            }

            if (score > bestScore)
            {
                (secondScore, bestScore, best) = (bestScore, score, candidate);
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        var chosen = _places[best];
        var resolved = match.Designated == PlaceKind.District && chosen.Kind == PlaceKind.Town
            ? chosen.Place with { Precision = PlacePrecision.District }
            : chosen.Place;
        var confidence = candidates.Length == 1 ? 0.9 : 0.5 + (0.4 * Math.Min(1.0, (bestScore - secondScore) / 4.0));
        if (match.Relative)
        {
            confidence *= RelativePositionFactor;
        }

        return new PlaceMention(match.Start, match.End, resolved, Math.Round(confidence, 2));
    }

    // The candidates of the kind the text names ("Idlib province"), or provinces after "Town, " ("Mayadin, Deir ez-Zor").
    private int[] Preferred(PhraseMatch match, bool commaJoined)
    {
        var wanted = match.Designated ?? (commaJoined ? PlaceKind.Province : null);
        if (wanted is null)
        {
            return match.Candidates;
        }

        var fallback = wanted == PlaceKind.District ? PlaceKind.Town : wanted.Value;
        var ofKind = match.Candidates.Where(c => _places[c].Kind == wanted).ToArray();
        if (ofKind.Length == 0)
        {
            ofKind = match.Candidates.Where(c => _places[c].Kind == fallback).ToArray();
        }

        return ofKind.Length > 0 ? ofKind : match.Candidates;
    }

    // The candidate that context may trust: the only one, or one far more prominent than the rest.
    private IndexedPlace? ClearLeader(int[] candidates)
    {
        IndexedPlace? leader = null;
        var runnerUp = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var place = _places[candidate];
            if (leader is null || place.Prominence > leader.Prominence)
            {
                runnerUp = leader?.Prominence ?? runnerUp;
                leader = place;
            }
            else
            {
                runnerUp = Math.Max(runnerUp, place.Prominence);
            }
        }

        var sameUnit = candidates.All(c => _places[c].Place.Country == leader!.Place.Country && _places[c].Admin1Code == leader.Admin1Code);
        return sameUnit || leader!.Prominence - runnerUp >= ClearLeadForContext ? leader : null;
    }

    private static bool IsCommaJoined(string text, int previousEnd, int start) =>
        previousEnd <= start && text.AsSpan(previousEnd, start - previousEnd).Trim() is ",";
}
