namespace HarmLedger.Gazetteer;

/// <summary>Collects places and maps each of their folded names to the places that bear it.</summary>
internal sealed class GazetteerIndexBuilder
{
    private const int MaxPhraseWords = 5;

    private readonly List<IndexedPlace> _places = [];
    private readonly Dictionary<string, int[]> _byKey = new(StringComparer.Ordinal);

    /// <summary>Adds a place under all its names and returns its index.</summary>
    public int Add(IndexedPlace place, IEnumerable<string> names)
    {
        _places.Add(place);
        IndexNames(_places.Count - 1, names);
        return _places.Count - 1;
    }

    /// <summary>Replaces the place at an index, adding its names.</summary>
    public void Replace(int index, IndexedPlace place, IEnumerable<string> names)
    {
        _places[index] = place;
        IndexNames(index, names);
    }

    /// <summary>The places, by index.</summary>
    public IndexedPlace[] Places() => [.. _places];

    /// <summary>The name index: folded name → place indexes.</summary>
    public Dictionary<string, int[]> Index() => _byKey;

    private void IndexNames(int index, IEnumerable<string> names)
    {
        var lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in names)
        {
            using var tokens = TokenizedText.Tokenize(name);
            if (tokens.Count is 0 or > MaxPhraseWords)
            {
                continue;
            }

            var key = tokens.Phrase(0, tokens.Count - 1);
            if (key.Length < 2)
            {
                continue;
            }

            AddKey(lookup, key, index);

            // Persian compounds are written joined or apart: "Dowlatabad", "Dawlat Abad".
            if (tokens.Count == 1 && key.Length > 6 && key.EndsWith("abad", StringComparison.Ordinal))
            {
                AddKey(lookup, $"{key[..^4]} abad", index);
            }
        }
    }

    private static void AddKey(Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> key, int index)
    {
        if (!lookup.TryGetValue(key, out var existing))
        {
            lookup[key] = [index];
        }
        else if (!existing.Contains(index))
        {
            lookup[key] = [.. existing, index];
        }
    }
}
