namespace HarmLedger.Gazetteer;

/// <summary>The small fixed word lists the resolver reads context from: unit designators and relative-position words.</summary>
internal sealed class ResolverVocabulary
{
    /// <summary>Creates the folded word sets.</summary>
    public ResolverVocabulary()
    {
        Province = FoldAll(["province", "governorate", "oblast", "region", "state", "wilayat", "muhafazat", "provincia"]).GetAlternateLookup<ReadOnlySpan<char>>();
        District = FoldAll(["district", "districts", "subdistrict", "sub-district", "county", "raion", "nahiya", "nahia", "qada", "mantiqa"]).GetAlternateLookup<ReadOnlySpan<char>>();
        Town = FoldAll(["city", "town", "village", "camp", "neighbourhood", "neighborhood"]).GetAlternateLookup<ReadOnlySpan<char>>();
        Relative = FoldAll([
            "near", "nearby", "outside", "outskirts", "east", "west", "north", "south", "northeast", "northwest",
            "southeast", "southwest", "vicinity", "countryside", "suburbs", "around",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();
        Of = Fold("of");
    }

    /// <summary>Words after (or before "of") a name that mark a first-order unit.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Province { get; }

    /// <summary>Words that mark a district.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> District { get; }

    /// <summary>Words that mark a town, city or camp.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Town { get; }

    /// <summary>Words that put the event near the place rather than in it.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Relative { get; }

    /// <summary>The folded word "of".</summary>
    public string Of { get; }

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
