namespace HarmLedger.Gazetteer;

/// <summary>The immutable name index: folded name → the places bearing it, stored flat.</summary>
internal sealed class GazetteerIndex
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _starts;
    private readonly int[] _counts;
    private readonly int[] _candidates;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _phraseWords;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _loose;

    /// <summary>Wraps built arrays: key id → candidates[starts[id] .. starts[id] + counts[id]).</summary>
    public GazetteerIndex(
        IndexedPlace[] places, Dictionary<string, int> keyIds, int[] starts, int[] counts, int[] candidates, Dictionary<string, int> phraseWords,
        Dictionary<string, int[]> loose)
    {
        _loose = loose.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseWords = phraseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Places = places;
        NameCount = keyIds.Count;
        _lookup = keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = starts;
        _counts = counts;
        _candidates = candidates;
    }

    /// <summary>The places, by index.</summary>
    public IndexedPlace[] Places { get; }

    /// <summary>The number of distinct folded names.</summary>
    public int NameCount { get; }

    /// <summary>The most words of any name that starts with this folded word (1 when none has more).</summary>
    public int MaxWordsStartingWith(ReadOnlySpan<char> firstWord) =>
        _phraseWords.TryGetValue(firstWord, out var words) ? words : 1;

    /// <summary>The places bearing a multi-word name with this loose key (see <see cref="LooseNameKey"/>), or an empty span.</summary>
    public ReadOnlySpan<int> FindLoose(ReadOnlySpan<char> looseKey) =>
        _loose.TryGetValue(looseKey, out var places) ? places : [];

    /// <summary>The places bearing a folded name, or an empty span.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key) =>
        _lookup.TryGetValue(key, out var id) ? _candidates.AsSpan(_starts[id], _counts[id]) : [];
}
