using HarmLedger.Model;

namespace HarmLedger.Gazetteer;

/// <summary>Resolution: each matched name becomes the place that best fits the countries and provinces the text names.</summary>
public sealed partial class GazetteerResolver
{
    // Weights of the ranking rules, in units of log10(population).
    private const double CountryContextBonus = 4.0;
    private const double ProvinceContextBonus = 4.0;
    private const double EnclosingBonus = 3.0;
    private const double ClearLeadForContext = 2.0;
    private const double RelativePositionFactor = 0.75;
    private const double OwnNameBonus = 1.5;
    private const double NeighbouringProvinceKm = 150;
    private const double EnclosingCityProminence = 5.0;

    [ThreadStatic]
    private static PlaceContext? t_context;

    private List<PlaceMention> Resolve(string text, List<PhraseMatch> matches)
    {
        // The context counts are reused from one text to the next on the thread, like the match list (if made for
        // enough units: another resolver may number more).
        var context = t_context is { } kept && kept.Units >= _contextUnits ? kept : new PlaceContext(_contextUnits);
        t_context = null;
        try
        {
            return Resolve(text, matches, context);
        }
        finally
        {
            // Kept for the thread's next text, unless a text naming places very many times grew its list.
            var small = context.Named <= MaxKeptMatches;
            context.Clear();
            t_context = small ? context : null;
        }
    }

    private List<PlaceMention> Resolve(string text, List<PhraseMatch> matches, PlaceContext context)
    {
        var preferred = new int[matches.Count][];
        var commaJoined = new bool[matches.Count];
        var leaders = new IndexedPlace?[matches.Count];
        var leaderIds = new int[matches.Count];
        for (var k = 0; k < matches.Count; k++)
        {
            commaJoined[k] = IsCommaJoined(text, k > 0 ? matches[k - 1].End : 0, matches[k].Start);
            preferred[k] = Preferred(matches[k], commaJoined[k]);

            // A loose match is no evidence of its own province: it must find one the text names. Nor is a populated
            // locality (a name said twice must not vouch for itself).
            leaderIds[k] = matches[k].Loose ? -1 : ClearLeader(preferred[k]) is var leader and >= 0 && _places[leader].Prominence >= 0 ? leader : -1;
            leaders[k] = leaderIds[k] >= 0 ? _places[leaderIds[k]] : null;
            Count(context, leaderIds[k], +1);
        }

        // A place is not its own context: "Dawlat Abad" must not vote for the Iranian town it might be, nor a name said
        // twice for itself ("near Bijapur (Bijapur, Chhattisgarh)": Karnataka's larger Bijapur must not win twice).
        var said = SaidCounts(leaderIds);
        var mentions = new List<PlaceMention>(matches.Count);
        for (var k = 0; k < matches.Count; k++)
        {
            var times = leaderIds[k] >= 0 && said is not null ? said[leaderIds[k]] : 1;
            Count(context, leaderIds[k], -times);
            var enclosing = Enclosing(text, matches, commaJoined, leaders, k);
            var candidates = matches[k].Loose ? InNamedProvinces(preferred[k], context) : preferred[k];
            candidates = HasLocality(candidates) ? InNamedCountriesOrKnown(candidates, context) : candidates;
            // "Altamira (Chacao, Caracas)": a name whose place lies far from the city in the bracket after it is a quarter
            // the gazetteer lacks, not a namesake far off. (Only a town of some size in the same country is trusted so:
            // "Titao (Loroum, Nord)" names a province, whatever small town abroad "Nord" may also be.)
            if (candidates.Length > 0 && Choose(text, matches[k], candidates, context, enclosing) is { } mention &&
                !(enclosing is null && k + 1 < matches.Count && commaJoined[k + 1] &&
                  leaders[k + 1] is { Kind: PlaceKind.Town, Prominence: >= EnclosingCityProminence } city &&
                  mention.Place.Precision == PlacePrecision.Town && mention.Place.Country == city.Place.Country &&
                  ApproximateKm(mention.Place, city.Place) > NeighbouringProvinceKm))
            {
                mentions.Add(mention);
            }

            Count(context, leaderIds[k], +times);
        }

        return mentions;
    }

    // How often each place (by its number) leads a name; null when fewer than two names have a leader.
    private static Dictionary<int, int>? SaidCounts(int[] leaderIds)
    {
        Dictionary<int, int>? said = null;
        var first = -1;
        foreach (var leader in leaderIds)
        {
            if (leader < 0)
            {
                continue;
            }

            if (first < 0)
            {
                first = leader;
                continue;
            }

            said ??= new Dictionary<int, int> { [first] = 1 };
            said[leader] = said.GetValueOrDefault(leader) + 1;
        }

        return said;
    }

    // The unit written right after the name: "Tripoli, Lebanon", "near Bijapur town in Chhattisgarh", or the last of a
    // bracket of units after it, "Usoor (Bijapur, Chhattisgarh)", whose first name may be a district named like its
    // town. Only a province or a country encloses: "Djibo (Soum, Sahel)" with no Sahel province known must not lose
    // Djibo to a town abroad that "Sahel" also names.
    private IndexedPlace? Enclosing(string text, List<PhraseMatch> matches, bool[] commaJoined, IndexedPlace?[] leaders, int k)
    {
        if (k + 1 >= matches.Count)
        {
            return null;
        }

        var next = k + 1;
        if (!commaJoined[next] && !InJoined(text, matches[k].End, matches[next].Start))
        {
            return null;
        }

        if (leaders[next] is not { Kind: PlaceKind.Province or PlaceKind.Country } && OpensBracket(text, matches[k].End, matches[next].Start))
        {
            var last = next;
            while (last + 1 < matches.Count && commaJoined[last + 1] && Between(text, matches[last].End, matches[last + 1].Start) is ",")
            {
                last++;
            }

            next = last > next && Between(text, matches[last].End, Math.Min(text.Length, matches[last].End + 2)).StartsWith(')') ? last : next;
        }

        return leaders[next] is { Kind: PlaceKind.Province or PlaceKind.Country } unit && !Demonym(text, matches[next], unit) ? unit : null;
    }

    private static bool OpensBracket(string text, int previousEnd, int start) =>
        start > previousEnd && Between(text, previousEnd, start) is "(";

    private static ReadOnlySpan<char> Between(string text, int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).Trim();

    // Context counts: the leader's country ("SY") and province ("SY.07"), each as often as the text names it.
    private void Count(PlaceContext context, int leader, int delta)
    {
        if (leader < 0)
        {
            return;
        }

        context.Add(_countryUnits[leader], delta);
        context.Add(_provinceUnits[leader], delta);
    }

    // The enclosing unit is the province or country written right after the name: "Tripoli, Lebanon". A name whose best
    // candidate, bonus and all, still lies outside that unit is some other place ("Muqur district, Badghis" is not
    // Muqur, Ghazni): none.
    private PlaceMention? Choose(string text, PhraseMatch match, int[] candidates, PlaceContext context, IndexedPlace? enclosing)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        var secondScore = double.NegativeInfinity;
        var written = text.AsSpan(match.Start, match.End - match.Start);
        foreach (var candidate in candidates)
        {
            var place = _places[candidate];
            var score = place.Prominence;

            // "Jalalabad" is the Afghan city before it is an old name of Sylhet: a place's own name outranks an
            // alternate that another, equally large place has.
            if (candidates.Length > 1 && SameLetters(written, place.Place.Name))
            {
                score += OwnNameBonus;
            }

            if (context[_countryUnits[candidate]] is var count && count > 0)
            {
                score += CountryContextBonus + (0.5 * Math.Min(count, 4));
            }

            if (context[_provinceUnits[candidate]] > 0)
            {
                score += ProvinceContextBonus;
            }

            if (enclosing is not null && enclosing.Place.Country == place.Place.Country)
            {
                score += EnclosingBonus;
                score += enclosing.Kind == PlaceKind.Province && SameProvince(place, enclosing) ? EnclosingBonus : 0;
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
        if (enclosing is not null && Outside(chosen, enclosing))
        {
            return null;
        }

        // "Helmand district" where only the town is known is the district; "the Donetsk regional administration", a
        // province's seat, is the province (at its seat).
        var resolved = match.Designated == PlaceKind.District && chosen.Kind == PlaceKind.Town
            ? _districtPlaces[best] ??= chosen.Place with { Precision = PlacePrecision.District }
            : match.Designated == PlaceKind.Province && chosen.Kind == PlaceKind.Town && chosen.Seat
            ? chosen.Place with { Precision = PlacePrecision.Province }
            : chosen.Place;
        var confidence = candidates.Length == 1 ? 0.9 : 0.5 + (0.4 * Math.Min(1.0, (bestScore - secondScore) / 4.0));
        if (match.Relative)
        {
            confidence *= RelativePositionFactor;
        }

        return new PlaceMention(match.Start, match.End, resolved, Math.Round(confidence, 2));
    }

    // Equal but for case, apostrophes, hyphens and spaces: "Donetsk" and "Donets'k", "Deir ez-Zor" and "Deir ez Zor".
    private static bool SameLetters(ReadOnlySpan<char> a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] is '\'' or '’' or '`' or '-' or ' ')
            {
                i++;
            }

            while (j < b.Length && b[j] is '\'' or '’' or '`' or '-' or ' ')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }

            (i, j) = (i + 1, j + 1);
        }
    }

    // A populated locality (prominence below zero) stands only in a country the text names otherwise: "Niono (Niono,
    // Segou)" is the Malian town, but "Hamoud" in a report from Yemen is a man, not a Mauritanian village.
    private bool HasLocality(int[] candidates)
    {
        foreach (var c in candidates)
        {
            if (_places[c].Prominence < 0)
            {
                return true;
            }
        }

        return false;
    }

    private int[] InNamedCountriesOrKnown(int[] candidates, PlaceContext context) =>
        candidates.Where(c => _places[c].Prominence >= 0 || context[_countryUnits[c]] > 0).ToArray();

    private int[] InNamedProvinces(int[] candidates, PlaceContext context) =>
        candidates.Where(c => context[_provinceUnits[c]] > 0).ToArray();

    // Another province's place near this one's seat may be a report's slip across a border ("Saydabad district,
    // Logar" for Wardak's Saydabad); one far off is another place of the same name.
    private static bool Outside(IndexedPlace place, IndexedPlace unit) =>
        place.Place.Country != unit.Place.Country
        || (unit.Kind == PlaceKind.Province && place.Kind != PlaceKind.Country && place.Admin1Code.Length > 0 &&
            !SameProvince(place, unit) && ApproximateKm(place.Place, unit.Place) > NeighbouringProvinceKm);

    // Provinces since merged into another, which reports now name instead of the one GeoNames still files towns under:
    // Pakistan's Federally Administered Tribal Areas joined Khyber Pakhtunkhwa in 2018 ("Miranshah (North Waziristan,
    // Khyber Pakhtunkhwa)").
    private static readonly Dictionary<string, string> MergedProvinces = new(StringComparer.Ordinal) { ["PK.01"] = "PK.03" };

    private static bool SameProvince(IndexedPlace place, IndexedPlace unit) =>
        place.Admin1Code == unit.Admin1Code ||
        (MergedProvinces.TryGetValue(place.ProvinceKey, out var now) && now == unit.ProvinceKey);

    // Equirectangular: within a fraction of a percent at the distances compared here.
    private static double ApproximateKm(Place a, Place b)
    {
        var x = (b.Lon - a.Lon) * Math.Cos((a.Lat + b.Lat) * Math.PI / 360);
        var y = b.Lat - a.Lat;
        return 111.2 * Math.Sqrt((x * x) + (y * y));
    }

    // The candidates of the kind the text names ("Idlib province"), or provinces after "Town, " ("Mayadin, Deir ez-Zor").
    private int[] Preferred(PhraseMatch match, bool commaJoined)
    {
        var wanted = match.Designated ?? (commaJoined ? PlaceKind.Province : null);
        if (wanted is null)
        {
            return match.Candidates;
        }

        var fallback = wanted switch
        {
            PlaceKind.District => PlaceKind.Town,
            PlaceKind.Province when match.Designated is null => PlaceKind.Country,
            _ => wanted.Value,
        };
        var ofKind = OfKind(match.Candidates, wanted.Value);
        if (ofKind.Length == 0)
        {
            ofKind = OfKind(match.Candidates, fallback);
        }

        return ofKind.Length > 0 ? ofKind : match.Candidates;
    }

    // (A loop, not a lambda: a closure over the wanted kind would be made for every match, designated or not.)
    private int[] OfKind(int[] candidates, PlaceKind kind)
    {
        var count = 0;
        foreach (var c in candidates)
        {
            count += _kinds[c] == kind ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var ofKind = new int[count];
        count = 0;
        foreach (var c in candidates)
        {
            if (_kinds[c] == kind)
            {
                ofKind[count++] = c;
            }
        }

        return ofKind;
    }

    private bool HasCountry(int[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (_kinds[candidate] == PlaceKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    // The candidate that context may trust (its place's number; -1 for none): the only one, or one far more prominent
    // than the rest.
    private int ClearLeader(int[] candidates)
    {
        var at = -1;
        IndexedPlace? leader = null;
        var runnerUp = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var place = _places[candidate];
            if (leader is null || place.Prominence > leader.Prominence)
            {
                runnerUp = leader?.Prominence ?? runnerUp;
                (leader, at) = (place, candidate);
            }
            else
            {
                runnerUp = Math.Max(runnerUp, place.Prominence);
            }
        }

        // A clear lead is enough; else all must be in the leader's unit, which the first candidate elsewhere settles.
        // (Tested in this order, so that most candidates are read once.)
        if (leader is null || leader.Prominence - runnerUp >= ClearLeadForContext)
        {
            return at;
        }

        foreach (var candidate in candidates)
        {
            if (_places[candidate].Place.Country != leader.Place.Country || _places[candidate].Admin1Code != leader.Admin1Code)
            {
                return -1;
            }
        }

        return at;
    }

    // "In the Kherson region, Russian shelling killed …": a country's adjective before a noun qualifies it; it encloses
    // nothing.
    private static bool Demonym(string text, PhraseMatch match, IndexedPlace unit)
    {
        if (unit.Kind != PlaceKind.Country || SameLetters(text.AsSpan(match.Start, match.End - match.Start), unit.Place.Name))
        {
            return false;
        }

        var after = text.AsSpan(match.End).TrimStart(' ');
        return after.Length > 0 && char.IsLower(after[0]);
    }

    // "Bijapur town in Chhattisgarh", "Mayadin in Deir ez-Zor": only "in", after a unit word or none.
    private bool InJoined(string text, int previousEnd, int start)
    {
        if (start <= previousEnd || start - previousEnd > 24)
        {
            return false;
        }

        var between = text.AsSpan(previousEnd, start - previousEnd).Trim();
        if (!between.EndsWith("in", StringComparison.Ordinal) || (between.Length > 2 && between[^3] != ' '))
        {
            return false;
        }

        between = between[..^2].TrimEnd();
        if (between.IsEmpty)
        {
            return true;
        }

        return between.IndexOf(' ') < 0 && IsUnitWord(between, districts: false);
    }

    // A town word ("town", "village") or, with `districts`, a district word ("district", "county") as written: folded as
    // the gazetteer folds, then looked up.
    private bool IsUnitWord(ReadOnlySpan<char> raw, bool districts)
    {
        Span<char> buffer = stackalloc char[32];
        if (raw.IsEmpty || raw.Length > buffer.Length)
        {
            return false;
        }

        var word = buffer[..PlaceNameFolding.FoldToken(raw, buffer)];
        return _vocabulary.Town.Contains(word) || (districts && _vocabulary.District.Contains(word));
    }

    // Whether the name at `start` follows a comma inside a bracket of short names parted by commas, closed after it.
    private static bool LastInBracket(string text, int start)
    {
        var open = text.LastIndexOf('(', start - 1, Math.Min(start, MaxBracket));
        var close = text.IndexOf(')', start, Math.Min(text.Length - start, MaxBracket));
        if (open < 0 || close < 0 || text.AsSpan(start, close - start).Contains(','))
        {
            return false;
        }

        var inside = text.AsSpan(open + 1, start - open - 1).TrimEnd();
        if (inside.IsEmpty || inside[^1] != ',')
        {
            return false;
        }

        foreach (var part in inside[..^1].Split(','))
        {
            if (!IsShortName(inside[..^1][part]))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxBracket = 120;

    // "Mayadin, Deir ez-Zor", "Gulran district, Herat", "Gulran district (Herat)": a name after a place or a unit word
    // and a comma or an opening bracket is its province.
    private static bool IsShortName(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length is 0 or > 40 || !char.IsUpper(s[0]))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsLetter(c) || c is ' ' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCommaJoined(string text, int previousEnd, int start)
    {
        if (start < previousEnd)
        {
            return false;
        }

        var between = text.AsSpan(previousEnd, start - previousEnd).TrimEnd();
        if (between.Length == 0 || between[^1] is not (',' or '('))
        {
            return false;
        }

        // "near Gajiram (Nganzai, Borno)", "in Nekemte town (Nekemte, East Wellega, Oromia)": the last name in a
        // bracket after a comma is the unit holding the first, known or not.
        if (between[^1] == ',' && LastInBracket(text, start))
        {
            return true;
        }

        between = between[..^1].TrimEnd();
        if (between.Length == 0)
        {
            return previousEnd > 0;
        }

        var wordStart = between.Length;
        while (wordStart > 0 && char.IsLetter(between[wordStart - 1]))
        {
            wordStart--;
        }

        return IsUnitWord(between[wordStart..], districts: true);
    }
}
