namespace HarmLedger.Gazetteer;

/// <summary>The immutable name index: folded name → the places bearing it, stored flat.</summary>
internal sealed class GazetteerIndex
{
    private const int LooseStartBits = 1 << 20;
    private const int KeyBits = 1 << 23;
    private const int LooseStartLength = 6;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _starts;
    private readonly int[] _counts;
    private readonly int[] _candidates;
    private readonly int[] _maxWords;
    private readonly ulong[] _longer;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _loose;
    private readonly ulong[] _looseStarts = new ulong[LooseStartBits / 64];
    private readonly ulong[] _keyBits = new ulong[KeyBits / 64];
    private readonly Lazy<Dictionary<string, int[]>> _skeletons;

    /// <summary>Wraps built arrays: key id → candidates[starts[id] .. starts[id] + counts[id]).</summary>
    /// <remarks>
    /// Key ids from <paramref name="nameCount"/> on are first words of longer names only, with no places of their own.
    /// Per key id, <paramref name="maxWords"/> is the most words of a name starting with that word (0 when none has more
    /// than one) and <paramref name="longer"/> has bit n - 1 set when one of n words does (bit 63 for 64 words or more).
    /// </remarks>
    public GazetteerIndex(
        IndexedPlace[] places, Dictionary<string, int> keyIds, int nameCount, int[] starts, int[] counts, int[] candidates,
        int[] maxWords, ulong[] longer, Dictionary<string, int[]> loose)
    {
        _loose = loose.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in loose.Keys)
        {
            _looseStarts[LooseStart(key) / 64] |= 1UL << (LooseStart(key) % 64);
        }

        _maxWords = maxWords;
        _longer = longer;
        Places = places;
        NameCount = nameCount;
        _lookup = keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in keyIds.Keys)
        {
            _keyBits[KeyBit(key) / 64] |= 1UL << (KeyBit(key) % 64);
        }

        _starts = starts;
        _counts = counts;
        _candidates = candidates;
        _skeletons = new Lazy<Dictionary<string, int[]>>(BuildSkeletons);
    }

    /// <summary>The places, by index.</summary>
    public IndexedPlace[] Places { get; }

    /// <summary>The number of distinct folded names.</summary>
    public int NameCount { get; }

    /// <summary>The places bearing a one-word name, and the names of more words that start with it, in one lookup.</summary>
    /// <param name="word">A folded word.</param>
    /// <param name="maxWords">The most words of any name that starts with the word (1 when none has more).</param>
    /// <param name="longer">Bit n - 1 set when a name of n words starts with the word (bit 63: 64 words or more).</param>
    public ReadOnlySpan<int> FindWord(ReadOnlySpan<char> word, out int maxWords, out ulong longer)
    {
        if (!MayBeKey(word) || !_lookup.TryGetValue(word, out var id))
        {
            maxWords = 1;
            longer = 0;
            return [];
        }

        maxWords = Math.Max(1, _maxWords[id]);
        longer = _longer[id];
        return _candidates.AsSpan(_starts[id], _counts[id]);
    }

    /// <summary>Whether <paramref name="longer"/> from <see cref="FindWord"/> says a name of <paramref name="words"/> words may start with its word.</summary>
    public static bool MayHave(ulong longer, int words) => (longer & (1UL << (Math.Min(words, 64) - 1))) != 0;

    /// <summary>The places bearing a multi-word name with this loose key (see <see cref="LooseNameKey"/>), or an empty span.</summary>
    /// <remarks>Most keys tried are no name's: a bit per start of a key turns them away before the hash lookup.</remarks>
    public ReadOnlySpan<int> FindLoose(ReadOnlySpan<char> looseKey) =>
        (_looseStarts[LooseStart(looseKey) / 64] & (1UL << (LooseStart(looseKey) % 64))) != 0 && _loose.TryGetValue(looseKey, out var places)
            ? places
            : [];

    /// <summary>The places with a name of this consonant skeleton (see <see cref="ConsonantSkeleton"/>), or an empty span.</summary>
    /// <remarks>The skeleton table is built on first use: most texts never need it.</remarks>
    public ReadOnlySpan<int> FindBySkeleton(ReadOnlySpan<char> skeleton) =>
        _skeletons.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(skeleton, out var places) ? places : [];

    /// <summary>The places bearing a folded name, or an empty span.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key) =>
        MayBeKey(key) && _lookup.TryGetValue(key, out var id) ? _candidates.AsSpan(_starts[id], _counts[id]) : [];

    // Most phrases looked up are no name: a bit per key, in a table a fraction of the dictionary's size, turns most away.
    private bool MayBeKey(ReadOnlySpan<char> key) => (_keyBits[KeyBit(key) / 64] & (1UL << (KeyBit(key) % 64))) != 0;

    private static int KeyBit(ReadOnlySpan<char> key)
    {
        var hash = 0u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(unchecked(hash * 2654435769u) >> 9);
    }

    // A hash of a key's first six characters, or fewer when it is shorter.
    private static int LooseStart(ReadOnlySpan<char> key)
    {
        var hash = 0;
        foreach (var c in key[..Math.Min(LooseStartLength, key.Length)])
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & (LooseStartBits - 1);
    }

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
