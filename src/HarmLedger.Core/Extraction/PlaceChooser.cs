using HarmLedger.Gazetteer;
using HarmLedger.Linking;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Chooses a claim's place among the gazetteer's mentions: in its sentences first, then its paragraph, then the text.</summary>
/// <remarks>
/// Finer precision wins over a province or country named as context; "in/near/at X" adds weight. A place outside the
/// country the text is about loses to any province or finer place inside it.
/// </remarks>
internal static class PlaceChooser
{
    // Less than a town's lead over a country: "Rafah" still beats "Kuwait" when the text's country is guessed wrong.
    private const double ForeignPenalty = 3;

    /// <summary>The best place for a claim resting on the given sentences, or <c>null</c>.</summary>
    /// <param name="others">Sentences of other incidents, left out of the paragraph and the text.</param>
    public static Place? Choose(DocumentContext doc, IReadOnlyList<int> sentences, IReadOnlySet<int>? others = null)
    {
        var mentions = doc.Places;
        if (mentions.Count == 0 || sentences.Count == 0)
        {
            return null;
        }

        var country = doc.Country;
        // Nearest first: the claim's sentences, its paragraph, the text. A place abroad found near ("Shamah", a
        // victim's name, as a town in Ghana) yields to a place at home further off that is as precise: the text's
        // country is a guess, and a town abroad beats its province or country.
        Place? abroad = null;
        var ranges = new List<(int Start, int End)>(Math.Max(sentences.Count, 4));
        for (var level = 0; level < 3; level++)
        {
            Ranges(doc, sentences, others, level, ranges);
            var best = Best(doc, ranges, country, within: null, destinations: level == 2);
            if (best is not null && (country is null || best.Country == country) && (abroad is null || best.Precision <= abroad.Precision))
            {
                return Refined(doc, sentences, others, level, best, ranges);
            }

            abroad ??= best;
        }

        return abroad;
    }

    // "The Donetsk regional administration said two women were killed", the town told a sentence before; "Lebanon's
    // health ministry" under a heading naming Tyre: a province or country found near yields to a finer place inside it
    // told further off.
    private static Place Refined(DocumentContext doc, IReadOnlyList<int> sentences, IReadOnlySet<int>? others, int level, Place found,
                                 List<(int Start, int End)> ranges)
    {
        if (found.Precision < PlacePrecision.Province)
        {
            return found;
        }

        for (var wider = level + 1; wider < 3; wider++)
        {
            Ranges(doc, sentences, others, wider, ranges);
            if (Best(doc, ranges, found.Country, within: found, destinations: wider == 2) is { } finer)
            {
                return finer;
            }
        }

        return found;
    }

    // The text a level reads: the claim's sentences (0), its paragraph (1), or the whole text (2), without the
    // sentences of other incidents.
    private static void Ranges(DocumentContext doc, IReadOnlyList<int> sentences, IReadOnlySet<int>? others, int level,
                               List<(int Start, int End)> ranges)
    {
        ranges.Clear();
        if (level == 0)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                ranges.Add(doc.Chars(sentences[i]));
            }
        }
        else if (level == 1)
        {
            var paragraph = doc.Sentences[sentences[0]].Paragraph;
            foreach (var s in doc.Sentences)
            {
                if (s.Paragraph == paragraph && others?.Contains(s.Index) != true)
                {
                    ranges.Add(doc.Chars(s.Index));
                }
            }
        }
        else if (others is not { Count: > 0 })
        {
            ranges.Add((0, doc.Text.Length));
        }
        else
        {
            foreach (var s in doc.Sentences)
            {
                if (!others.Contains(s.Index))
                {
                    ranges.Add(doc.Chars(s.Index));
                }
            }
        }
    }

    /// <summary>The country the text is about: the one its provinces and countries name most (towns in it are preferred).</summary>
    /// <remarks>
    /// Towns weigh a quarter of a province: they break a tie ("Dar es Salaam neighbourhood in Omdurman (Um Badda,
    /// Khartoum)": one province each, but the town is Sudan's), and many of them outweigh one province named in passing.
    /// A dateline's town weighs half a province, but less than a town when the text tells of a town abroad within a
    /// bureau's reach of it; a record line's heading place always half a province.
    /// A remaining tie goes to the country named first; <c>null</c> when the text names no province or country.
    /// </remarks>
    public static string? TextCountry(DocumentContext doc)
    {
        var counts = new List<(string Country, double Count)>();
        var places = doc.Places;
        var named = false;
        for (var k = 0; k < places.Count; k++)
        {
            var m = places[k];
            if (doc.IsLexiconPlace(k))
            {
                continue;
            }

            // (A wire story's dateline, "PESHAWAR, Pakistan (Reuters) -", names the country the story is in more often
            // than not, but a bureau may cover its neighbours, "BANGKOK (AP) — Myanmar …".)
            var unit = m.Place.Precision is PlacePrecision.Province or PlacePrecision.Country;
            var dateline = !unit && IsDateline(doc.Text, m);
            named |= unit || dateline;
            // (A bureau's dateline weighs less than a town within its reach abroad that the story tells of, "NAIROBI
            // (Reuters) - An air strike on the Tigrayan capital Mekelle …"; else half a province, so a far namesake of
            // a town the gazetteer lacks, "PESHAWAR (Reuters) - … a rally in Khar" (Germany's), does not move it.)
            var weight = unit ? 1.0 : dateline ? (!RecordHeading(doc.Text, m) && TownWithinReachAbroad(doc, m) ? 0.2 : 0.5) : 0.25;
            var i = IndexOf(counts, m.Place.Country);
            if (i < 0)
            {
                counts.Add((m.Place.Country, weight));
            }
            else
            {
                counts[i] = (counts[i].Country, counts[i].Count + weight);
            }
        }

        if (!named)
        {
            return null;
        }

        string? country = null;
        var most = 0.0;
        foreach (var (name, count) in counts)
        {
            (country, most) = count > most ? (name, count) : (country, most);
        }

        return country;
    }

    private static int IndexOf(List<(string Country, double Count)> counts, string country)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Country == country)
            {
                return i;
            }
        }

        return -1;
    }

    // (Indexed loops: a foreach over the read-only list would box an enumerator per range.)
    // With `within`, only places finer than it and inside it count. Where the wounded were taken ("flown to hospital
    // in Diyarbakır") counts only when the whole text is read and names nothing else (`destinations`).
    private static Place? Best(DocumentContext doc, List<(int Start, int End)> ranges, string? country, Place? within, bool destinations)
    {
        var mentions = doc.Places;
        PlaceMention? best = null;
        PlaceMention? home = null;
        var bestScore = double.MinValue;
        var homeScore = double.MinValue;
        // (The province named is looked for only when a dateline is met: most texts have none.)
        Place? province = null;
        var provinceLooked = within is not null;
        foreach (var (start, end) in ranges)
        {
            var (from, to) = doc.PlacesWithin(start, end);
            for (var k = from; k < to; k++)
            {
                var m = mentions[k];
                if (m.Start < start || m.End > end || doc.IsLexiconPlace(k) || (within is not null && !Inside(m.Place, within)))
                {
                    continue;
                }

                var cues = doc.PlaceCuesOf(k);
                var takenTo = (cues & PlaceCues.TakenTo) != 0;
                if (takenTo && !destinations)
                {
                    continue;
                }

                // "in/of X" marks where it happened, but "of Afghan soldiers" is a demonym: no country gets the bonus.
                // A dateline outside the province the text names for the event is only where the report was filed.
                var preceded = m.Place.Precision != PlacePrecision.Country && (cues & PlaceCues.Preceded) != 0;
                var foreign = country is not null && m.Place.Country != country;
                var dateline = (cues & PlaceCues.Dateline) != 0;
                if (dateline && !provinceLooked)
                {
                    (province, provinceLooked) = (NamedProvince(doc, ranges, country), true);
                }

                var score = (5 - (int)m.Place.Precision) + m.Score + (preceded ? 1.5 : 0) - (foreign ? ForeignPenalty : 0) -
                            (dateline ? (province is not null && !Inside(m.Place, province) ? OutsidePenalty : DatelinePenalty) : 0) -
                            ((cues & PlaceCues.Facility) != 0 ? FacilityPenalty : 0) - (takenTo ? FacilityPenalty : 0);
                if (score > bestScore)
                {
                    best = m;
                    bestScore = score;
                }

                if (!foreign && m.Place.Precision <= PlacePrecision.Province && score > homeScore)
                {
                    home = m;
                    homeScore = score;
                }
            }
        }

        // A town abroad may beat the home country named in passing, never a province or place at home.
        return best is not null && best.Place.Country != country && home is not null ? home.Place : best?.Place;
    }

    // A place finer than a unit and inside it: the same country, and for a province its own (or, where either's province
    // is not known, within reach of its seat: Odesa is 140 km from Kherson, but in another province).
    private static bool Inside(Place place, Place unit) =>
        place.Precision < unit.Precision && place.Country == unit.Country &&
        (unit.Precision == PlacePrecision.Country || place.Admin1 == unit.Admin1 ||
         ((place.Admin1 is null || unit.Admin1 is null) && GeoDistance.Kilometres(place.Lat, place.Lon, unit.Lat, unit.Lon) <= ProvinceReachKm));

    private const double ProvinceReachKm = 150;

    // More than a town's lead over a province: "N'DJAMENA (AFP) - … attacked their base … in Lake Chad province".
    private const double OutsidePenalty = 4;

    // The province a level names in the text's country, if any: "Bohoma peninsula in Lake Chad province".
    private static Place? NamedProvince(DocumentContext doc, List<(int Start, int End)> ranges, string? country)
    {
        var mentions = doc.Places;
        foreach (var (start, end) in ranges)
        {
            var (from, to) = doc.PlacesWithin(start, end);
            for (var k = from; k < to; k++)
            {
                var m = mentions[k];
                if (m.Start >= start && m.End <= end && m.Place.Precision == PlacePrecision.Province &&
                    (country is null || m.Place.Country == country) && !doc.IsLexiconPlace(k))
                {
                    return m.Place;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a place mention is a belligerent's or victims' word ("Taliban", "Israeli", "civilians"): not the place,
    /// whatever a gazetteer matches. <see cref="DocumentContext.IsLexiconPlace"/> keeps the answer for the text.
    /// </summary>
    public static bool IsLexiconWord(DocumentContext doc, PlaceMention m)
    {
        var tokens = doc.Tokens;
        int lo = 0, hi = tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < m.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (tokens.Count == 0 || tokens[lo].Start != m.Start)
        {
            return false;
        }

        var end = Math.Min(tokens.Count, lo + 8);
        return (doc.Vocabulary.Perpetrators.Match(doc.Text, tokens, lo, end) is { } p && tokens[lo + p.Length - 1].End >= m.End) ||
               (doc.Vocabulary.Victims.Match(doc.Text, tokens, lo, end) is { } v && tokens[lo + v.Length - 1].End >= m.End) ||
               NationalsOf(doc, m, lo) || NamesANeighbourhood(doc, m, lo) || AgedAfter(doc.Text, m.End) || Agency(doc.Text, m) ||
               WordAfter(doc.Text, m.End, MediaWords) || CasualtyFinder.IsOneOf(WordBefore(doc.Text, m.Start), Outlets) ||
               CasualtyFinder.IsOneOf(doc.Text.AsSpan(m.Start, m.End - m.Start), Broadcasters) ||
               KinAfterPossessive(doc.Text, m.End) || KinBefore(doc.Text, m.Start);
    }

    // "the Houthi-run Saba news agency": a name before a medium's noun is the medium's.
    private static readonly string[] MediaWords = ["news", "agency", "tv", "television", "radio", "channel", "newspaper"];

    // "Local news site Safa gave the same names", "the outlet Rudaw": a medium's noun before a name.
    private static readonly string[] Outlets = ["site", "outlet", "agency", "channel", "network", "newspaper", "broadcaster", "station"];

    // The word before a name, one space between (empty when none).
    private static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return [];
        }

        var from = start - 2;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return text.AsSpan(from, start - 1 - from);
    }

    // Broadcasters whose names a gazetteer reads as places (Al Jazirah in Sudan, Mayadin in Syria).
    private static readonly string[] Broadcasters = ["Al Jazeera", "Al-Jazeera", "Al Mayadeen", "Al-Mayadeen", "Al Arabiya", "Al-Arabiya", "Al Manar", "Al-Manar"];

    // "Sahar's son Yousef", "Sahar's sons": a name owning a relative is a person's; so is one a kin word names ("their
    // daughter Hanan" is no Hannan in China).
    private static bool KinAfterPossessive(string text, int end) =>
        end + 2 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && KinWord(WordAfter(text, end + 2));

    // ("his daughter-in-law Sabah" is no Sabah in Malaysia.)
    private static bool KinBefore(string text, int start)
    {
        var word = WordBefore(text, start);
        if (word is not "law")
        {
            return KinWord(word);
        }

        // "-in-law": the kin word before it.
        var end = start - 8;
        var from = end;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        return end > 0 && text.AsSpan(end, 4) is "-in-" && KinWord(text.AsSpan(from, end - from));
    }

    private static bool KinWord(ReadOnlySpan<char> word) =>
        CasualtyFinder.IsOneOf(word, CasualtyFinder.ListedKin) || (word is [.., 's'] && CasualtyFinder.IsOneOf(word[..^1], CasualtyFinder.ListedKin));

    private static bool WordAfter(string text, int end, string[] words) => CasualtyFinder.IsOneOf(WordAfter(text, end), words);

    // The word after a name, one space between (empty when none).
    private static ReadOnlySpan<char> WordAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLetter(text[end + 1]))
        {
            return [];
        }

        var length = 0;
        while (end + 1 + length < text.Length && char.IsLetter(text[end + 1 + length]))
        {
            length++;
        }

        return text.AsSpan(end + 1, length);
    }

    // "DEIR EL-BALAH, Gaza Strip (Al Jazeera) - …": the name in brackets before a dateline's dash is the news agency's.
    private static bool Agency(string text, PlaceMention m)
    {
        if (m.Start < 1 || m.Start > MaxDatelineChars || text[m.Start - 1] != '(' || m.End >= text.Length || text[m.End] != ')')
        {
            return false;
        }

        var after = text.AsSpan(m.End + 1).TrimStart(' ');
        return after is ['-' or '–' or '—', ..] && !text.AsSpan(0, m.Start).ContainsAny('\n', '.');
    }

    private const int MaxDatelineChars = 80;

    // "Sofia, a 12-year-old girl", "Sofia, 12,", "Sofia (12)": a name with an age after it is a person's.
    private static bool AgedAfter(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(24, text.Length - end));
        if (rest.StartsWith(" (") && rest.Length > 3 && char.IsAsciiDigit(rest[2]))
        {
            var close = rest[2..].IndexOfAnyExceptInRange('0', '9');
            return close is 1 or 2 && rest[2 + close] == ')';
        }

        if (!rest.StartsWith(", "))
        {
            return false;
        }

        rest = rest[2..];
        rest = rest.StartsWith("a ") ? rest[2..] : rest.StartsWith("an ") ? rest[3..] : rest;
        var digits = rest.IndexOfAnyExceptInRange('0', '9');
        return digits is 1 or 2 && (rest[digits..].StartsWith("-year") || rest[digits] is ',' or '.' or ')' || rest[digits..].StartsWith(" years"));
    }

    // "1 Chadian peacekeeper", "Afghan soldiers": a country's demonym before the people it describes says who they
    // are, not where it happened.
    private static bool NationalsOf(DocumentContext doc, PlaceMention m, int first)
    {
        var tokens = doc.Tokens;
        var k = TokenAfter(tokens, m, first);
        if (m.Place.Precision != PlacePrecision.Country)
        {
            // "Kuki militants", "Fulani herders": a people's or a group's name before its armed men, wherever a
            // gazetteer finds that name.
            return k < tokens.Count && CasualtyFinder.IsOneOf(tokens[k].Of(doc.Text), ArmedGroups);
        }

        return k < tokens.Count && doc.Vocabulary.Victims.Match(doc.Text, tokens, k, Math.Min(tokens.Count, k + 4)) is not null;
    }

    private static readonly string[] ArmedGroups =
        ["militants", "rebels", "insurgents", "militiamen", "militias", "militia", "jihadists", "herders", "tribesmen", "gunmen", "fighters"];

    // The first token after a mention whose first token is `first`.
    private static int TokenAfter(List<Token> tokens, PlaceMention m, int first)
    {
        var k = first;
        while (k < tokens.Count && tokens[k].End <= m.End)
        {
            k++;
        }

        return k;
    }

    // "the Dar es Salaam neighbourhood in Omdurman", "the al-Hamidiya neighbourhood" of Deir Ezzor: a quarter that
    // shares a province's name, or a town's far from every other town the text names, is neither; the town is the
    // place. (A quarter the gazetteer knows near another town named, "Shuja'iyya neighbourhood of Gaza City", is the
    // finer place.)
    private static bool NamesANeighbourhood(DocumentContext doc, PlaceMention m, int first)
    {
        var tokens = doc.Tokens;
        var k = TokenAfter(tokens, m, first);
        // (The gazetteer may take the word into the name's span, as it does "district".)
        if (k < tokens.Count && IsQuarterWord(tokens[k].Of(doc.Text)))
        {
            k++;
        }

        if (k - 1 <= first || !IsQuarterWord(tokens[k - 1].Of(doc.Text)))
        {
            return false;
        }

        if (m.Place.Precision > PlacePrecision.District)
        {
            return true;
        }

        var otherTown = false;
        foreach (var other in doc.Places)
        {
            // (A province named, "Deir Ezzor city" read as the governorate, holds its quarters within a wider reach.)
            if (other.Start != m.Start && other.Place.Precision is PlacePrecision.Town or PlacePrecision.Province)
            {
                otherTown = true;
                var reach = other.Place.Precision == PlacePrecision.Town ? QuarterKm : ProvinceQuarterKm;
                if (other.Place.Country == m.Place.Country &&
                    GeoDistance.Kilometres(other.Place.Lat, other.Place.Lon, m.Place.Lat, m.Place.Lon) <= reach)
                {
                    return false;
                }
            }
        }

        return otherTown;
    }

    private const double QuarterKm = 30;

    private const double ProvinceQuarterKm = 150;

    private static bool IsQuarterWord(ReadOnlySpan<char> w) =>
        w.Equals("neighbourhood", StringComparison.OrdinalIgnoreCase) || w.Equals("neighborhood", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("quarter", StringComparison.OrdinalIgnoreCase);

    // Where the report was filed ("MOGADISHU (Reuters) -", "SAMARRA (Salahuddin)") yields to another town the text
    // tells of, but not to a province or a country: a dateline is most often near where it happened.
    private const double DatelinePenalty = 1.2;

    /// <summary>The cues the words around a place mention give (not <see cref="PlaceCues.Read"/>, which the caller keeps).</summary>
    public static PlaceCues CuesOf(string text, PlaceMention m) =>
        (TakenTo(text, m.Start) ? PlaceCues.TakenTo : PlaceCues.None) |
        (Preceded(text, m.Start) ? PlaceCues.Preceded : PlaceCues.None) |
        (IsDateline(text, m) ? PlaceCues.Dateline : PlaceCues.None) |
        (NamesAFacility(text, m.End) ? PlaceCues.Facility : PlaceCues.None);

    // Whether the text tells of a town in another country than the dateline's, within a bureau's reach of it.
    private static bool TownWithinReachAbroad(DocumentContext doc, PlaceMention dateline)
    {
        var places = doc.Places;
        for (var k = 0; k < places.Count; k++)
        {
            var p = places[k].Place;
            if (p.Precision == PlacePrecision.Town && p.Country != dateline.Place.Country && !doc.IsLexiconPlace(k) &&
                GeoDistance.Kilometres(p.Lat, p.Lon, dateline.Place.Lat, dateline.Place.Lon) <= BureauReachKm)
            {
                return true;
            }
        }

        return false;
    }

    // Bureaus cover their region: Nairobi the Horn of Africa, Bangkok Myanmar, Beirut Syria, Dubai Yemen.
    private const double BureauReachKm = 2500;

    // A place opening the text with a colon after it: a record line's heading ("Baghdad: 3 killed …").
    private static bool RecordHeading(string text, PlaceMention m) => text.AsSpan(m.End).TrimStart() is [':', ..];

    // A capitalised place opening the text and followed by a comma, a bracket or a dash; or any place opening it as a
    // heading, "Baghdad: 3 killed by roadside bomb in Dora" (a monitor's record line).
    private static bool IsDateline(string text, PlaceMention m)
    {
        if (m.Start > 0 && !text.AsSpan(0, m.Start).IsWhiteSpace())
        {
            return false;
        }

        if (text.AsSpan(m.End).TrimStart() is [':', ..])
        {
            return true;
        }

        var name = text.AsSpan(m.Start, m.End - m.Start);
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        var after = text.AsSpan(m.End).TrimStart();
        return after.Length > 0 && after[0] is ',' or '(' or '—' or '–' or '-';
    }

    // "the entrance of al-Thawra hospital", "Ibn Sina school": a name before a building's lower-case noun is most often the
    // building's own name, not the town it stands in.
    private const double FacilityPenalty = 1.5;

    private static readonly string[] Facilities =
        ["hospital", "clinic", "school", "mosque", "church", "market", "bakery", "university", "stadium", "prison", "street", "square",
         "roundabout", "junction", "intersection", "crossroads", "checkpoint", "bridge"];

    private static readonly string[] Streets = ["Road", "Street", "Avenue", "Highway", "Boulevard"];

    private static bool NamesAFacility(string text, int end)
    {
        var at = end;
        while (at < text.Length && at - end < 2 && text[at] == ' ')
        {
            at++;
        }

        if (at == end || at >= text.Length)
        {
            return false;
        }

        // "a police checkpost on Kohat Road" in Peshawar: a street named after a town is not in it.
        if (char.IsAsciiLetterUpper(text[at]))
        {
            foreach (var street in Streets)
            {
                if (text.AsSpan(at).StartsWith(street, StringComparison.Ordinal) &&
                    (at + street.Length == text.Length || !char.IsLetter(text[at + street.Length])))
                {
                    return true;
                }
            }

            return false;
        }

        if (!char.IsAsciiLetterLower(text[at]))
        {
            return false;
        }

        var length = 0;
        while (at + length < text.Length && char.IsAsciiLetterLower(text[at + length]))
        {
            length++;
        }

        var word = text.AsSpan(at, length);
        foreach (var facility in Facilities)
        {
            if (word.SequenceEqual(facility))
            {
                return true;
            }
        }

        return false;
    }

    // "flown to hospital in Diyarbakır", "the wounded were taken to Kabul": where the wounded went, not where it happened.
    private static readonly string[] Destinations =
        ["hospital in", "hospitals in", "taken to", "rushed to", "flown to", "evacuated to", "transferred to", "airlifted to", "moved to", "shifted to"];

    private static bool TakenTo(string text, int start)
    {
        var head = text.AsSpan(Math.Max(0, start - 20), start - Math.Max(0, start - 20)).TrimEnd();
        foreach (var destination in Destinations)
        {
            if (head.EndsWith(destination, StringComparison.OrdinalIgnoreCase) &&
                (head.Length == destination.Length || !char.IsLetter(head[^(destination.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Preceded(string text, int start)
    {
        var head = text.AsSpan(Math.Max(0, start - 7), start - Math.Max(0, start - 7)).TrimEnd();
        return head.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || head.EndsWith(" near", StringComparison.OrdinalIgnoreCase) ||
               head.EndsWith(" at", StringComparison.OrdinalIgnoreCase) || head.EndsWith(" of", StringComparison.OrdinalIgnoreCase);
    }
}
