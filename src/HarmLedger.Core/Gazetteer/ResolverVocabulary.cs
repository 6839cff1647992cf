namespace HarmLedger.Gazetteer;

/// <summary>The small fixed word lists the resolver reads context from: unit designators and relative-position words.</summary>
internal sealed class ResolverVocabulary
{
    // First letter and length of each district word: the scan asks of most capitalised words' neighbours whether they
    // are one, and this turns nearly all away before the set hashes them.
    private readonly bool[] _districtShapes = new bool[32 * 32];

    /// <summary>Creates the folded word sets.</summary>
    public ResolverVocabulary()
    {
        Province = FoldAll(["province", "provinces", "governorate", "governorates", "oblast", "region", "regional", "provincial", "state", "wilayat", "muhafazat", "provincia"]).GetAlternateLookup<ReadOnlySpan<char>>();
        District = FoldAll(["district", "districts", "directorate", "subdistrict", "sub-district", "county", "raion", "nahiya", "nahia", "qada", "mantiqa", "lga", "woreda", "tehsil", "upazila", "cercle", "sub-prefecture"]).GetAlternateLookup<ReadOnlySpan<char>>();
        Town = FoldAll(["city", "town", "village", "camp", "refugee", "neighbourhood", "neighborhood", "area", "favela", "suburb", "township", "hamlet", "settlement"]).GetAlternateLookup<ReadOnlySpan<char>>();
        Relative = FoldAll([
            "near", "nearby", "outside", "outskirts", "east", "west", "north", "south", "northeast", "northwest",
            "southeast", "southwest", "vicinity", "countryside", "suburbs", "around",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();
        Title = FoldAll([
            "president", "minister", "general", "colonel", "major", "captain", "lieutenant", "sergeant", "secretary",
            "spokesman", "spokeswoman", "commander", "chief", "mr", "mrs", "ms", "dr", "sheikh", "shaykh", "imam", "king",
            "queen", "prince", "emir", "senator", "governor", "mayor", "ambassador", "judge", "camp", "fort", "base", "operation",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();
        ToponymPrefix = FoldAll([
            "markaz", "jabal", "jebel", "tall", "tell", "tal", "ain", "ayn", "ein", "ras", "khirbet", "khirbat", "kafr", "kfar",
            "deir", "dayr", "beit", "bayt", "bir", "wadi", "qasr", "hay", "harat", "souq", "suq", "qaryat", "madinat", "mazraat",
            "upper", "lower", "old", "new", "greater", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();
        Landmark = FoldAll([
            "dam", "university", "airport", "airbase", "mosque", "church", "stadium", "market", "bridge", "hospital",
            "school", "square", "road", "highway", "street", "gate", "prison", "refinery", "oilfield", "plain", "valley",
            "mountains", "hills", "countryside", "suburbs", "outskirts", "neighbourhood", "neighborhood", "district",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();
        Of = Fold("of");
        foreach (var word in District.Set)
        {
            _districtShapes[Shape(word)] = true;
        }
    }

    /// <summary>Words after (or before "of") a name that mark a first-order unit.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Province { get; }

    /// <summary>Words that mark a district.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> District { get; }

    /// <summary>Words that mark a town, city or camp.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Town { get; }

    /// <summary>Whether a folded word is in <see cref="District"/>.</summary>
    public bool IsDistrictWord(ReadOnlySpan<char> word) => !word.IsEmpty && _districtShapes[Shape(word)] && District.Contains(word);

    /// <summary>Words that put the event near the place rather than in it.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Relative { get; }

    /// <summary>Titles before a person's or a base's name ("Minister Theresa May", "Camp Phoenix"): the next word is that name, not a place.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Title { get; }

    /// <summary>Words that start Arabic and other compound place names ("Markaz Darayya", "Tall Abyad"): not a person's name.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ToponymPrefix { get; }

    /// <summary>Words naming a site in or by a place ("Mosul Dam", "Aleppo University"): the place is still meant.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Landmark { get; }

    /// <summary>The folded word "of".</summary>
    public string Of { get; }

    private static int Shape(ReadOnlySpan<char> word) => ((word[0] & 31) * 32) + Math.Min(word.Length, 31);

    /// <summary>Folds words the way text is folded, into a set.</summary>
    public static HashSet<string> FoldAll(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var folded = Fold(word);
            if (folded.Length > 0)
            {
                set.Add(folded);
            }
        }

        return set;
    }

    /// <summary>Folds a word or phrase the way text is folded.</summary>
    public static string Fold(string words)
    {
        using var tokens = TokenizedText.Tokenize(words, foldAll: true);
        return tokens.Count == 0 ? "" : tokens.Phrase(0, tokens.Count - 1).ToString();
    }
}
