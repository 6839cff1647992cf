namespace HarmLedger.Gazetteer;

/// <summary>Collects places and maps each of their folded names to the places that bear it.</summary>
/// <remarks>
/// Pairs (name, place) are gathered in flat lists and grouped once at the end, so building allocates one string
/// per distinct name and no per-name arrays: loading the bundled gazetteer stays well under a second.
/// </remarks>
internal sealed class GazetteerIndexBuilder : IDisposable
{
    private const int MaxPhraseWords = 5;

    private readonly List<IndexedPlace> _places = [];
    private readonly Dictionary<string, int> _keyIds = new(400_000, StringComparer.Ordinal);
    private readonly List<int> _pairKeys = new(700_000);
    private readonly List<int> _pairPlaces = new(700_000);
    private readonly TokenizedText _tokens = new(256);

    /// <summary>Adds a place under its name and alternate names and returns its index.</summary>
    public int Add(IndexedPlace place, string name, IReadOnlyList<string> alternateNames, string? asciiName = null)
    {
        _places.Add(place);
        IndexNames(_places.Count - 1, name, alternateNames, asciiName);
        return _places.Count - 1;
    }

    /// <summary>Replaces the place at an index, adding its names.</summary>
    public void Replace(int index, IndexedPlace place, string name, IReadOnlyList<string> alternateNames, string? asciiName = null)
    {
        _places[index] = place;
        IndexNames(index, name, alternateNames, asciiName);
    }

    /// <summary>Builds the finished index. Call once, when done adding.</summary>
    public GazetteerIndex Build()
    {
        var starts = new int[_keyIds.Count + 1];
        foreach (var key in _pairKeys)
        {
            starts[key + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var fill = (int[])starts.Clone();
        var candidates = new int[_pairKeys.Count];
        for (var i = 0; i < _pairKeys.Count; i++)
        {
            var key = _pairKeys[i];
            if (!candidates.AsSpan(starts[key], fill[key] - starts[key]).Contains(_pairPlaces[i]))
            {
                candidates[fill[key]++] = _pairPlaces[i];
            }
        }

        var counts = new int[_keyIds.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = fill[i] - starts[i];
        }

        // For each first word of a multi-word name, the most words a name starting with it has: the scan tries no longer phrases.
        var phraseWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in _keyIds.Keys)
        {
            var firstSpace = key.IndexOf(' ', StringComparison.Ordinal);
            if (firstSpace > 0)
            {
                var first = key[..firstSpace];
                var words = key.Count(c => c == ' ') + 1;
                phraseWords[first] = Math.Max(words, phraseWords.GetValueOrDefault(first));
            }
        }

        _keyIds.TrimExcess();
        return new GazetteerIndex([.. _places], _keyIds, starts[..^1], counts, candidates, phraseWords);
    }

    /// <inheritdoc />
    public void Dispose() => _tokens.Dispose();

    private void IndexNames(int index, string name, IReadOnlyList<string> alternateNames, string? asciiName)
    {
        IndexName(index, name);
        if (asciiName is not null && !ReferenceEquals(asciiName, name))
        {
            IndexName(index, asciiName);
        }

        for (var i = 0; i < alternateNames.Count; i++)
        {
            IndexName(index, alternateNames[i]);
        }
    }

    private void IndexName(int index, string name)
    {
        _tokens.Load(name, foldAll: true);
        if (_tokens.Count is 0 or > MaxPhraseWords)
        {
            return;
        }

        var key = _tokens.Phrase(0, _tokens.Count - 1);
        if (key.Length < 2)
        {
            return;
        }

        AddPair(key, index);

        // Persian compounds are written joined or apart: "Dowlatabad", "Dawlat Abad".
        if (_tokens.Count == 1 && key.Length > 6 && key.EndsWith("abad", StringComparison.Ordinal))
        {
            AddPair($"{key[..^4]} abad", index);
        }
    }

    private void AddPair(ReadOnlySpan<char> key, int index)
    {
        var lookup = _keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var id))
        {
            id = _keyIds.Count;
            lookup[key] = id;
        }

        _pairKeys.Add(id);
        _pairPlaces.Add(index);
    }
}
