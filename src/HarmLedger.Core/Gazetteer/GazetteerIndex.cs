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
    private readonly Lazy<Dictionary<string, int[]>> _skeletons;

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
        _skeletons = new Lazy<Dictionary<string, int[]>>(BuildSkeletons);
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

    /// <summary>The places with a name of this consonant skeleton (see <see cref="ConsonantSkeleton"/>), or an empty span.</summary>
    /// <remarks>The skeleton table is built on first use: most texts never need it.</remarks>
    public ReadOnlySpan<int> FindBySkeleton(ReadOnlySpan<char> skeleton) =>
        _skeletons.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(skeleton, out var places) ? places : [];

    /// <summary>The places bearing a folded name, or an empty span.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key) =>
        _lookup.TryGetValue(key, out var id) ? _candidates.AsSpan(_starts[id], _counts[id]) : [];

    private Dictionary<string, int[]> BuildSkeletons()
    {
        var skeletons = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = skeletons.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[ConsonantSkeleton.MaxLength];
        foreach (var (key, id) in _lookup.Dictionary)
        {
            // "X district" names a unit or its seat: only those are looked up by skeleton, which keeps the table small.
            var length = HasSeat(id) ? ConsonantSkeleton.Build(key, buffer) : 0;
            if (length == 0)
            {
                continue;
            }

            if (!lookup.TryGetValue(buffer[..length], out var places))
            {
                places = [];
                lookup[buffer[..length]] = places;
            }

            foreach (var place in _candidates.AsSpan(_starts[id], _counts[id]))
            {
                if (Places[place].Seat && !places.Contains(place))
                {
                    places.Add(place);
                }
            }
        }

        return skeletons.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private bool HasSeat(int keyId)
    {
        foreach (var place in _candidates.AsSpan(_starts[keyId], _counts[keyId]))
        {
            if (Places[place].Seat)
            {
                return true;
            }
        }

        return false;
    }
}
