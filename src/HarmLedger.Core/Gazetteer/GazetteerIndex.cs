namespace HarmLedger.Gazetteer;

/// <summary>The immutable name index: folded name → the places bearing it, stored flat.</summary>
internal sealed class GazetteerIndex
{
    private const int LooseStartBits = 1 << 20;
    private const int MinLooseStart = 3;
    private const int MaxLooseStart = 6;

    private readonly NameTable _names;
    private readonly NameEntry[] _entries;
    private readonly int[] _candidates;
    private readonly NameTable _loose;
    private readonly int[] _looseOffsets;
    private readonly int[] _loosePlaces;
    private readonly ulong[] _looseStarts = new ulong[LooseStartBits / 64];

    // Kept as its span lookup: getting that from the dictionary for each lookup costs about as much as the lookup.
    private readonly Lazy<Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>> _skeletons;

    /// <summary>Wraps built arrays: name id → candidates[entries[id].Start .. entries[id].Start + entries[id].Count).</summary>
    /// <remarks>
    /// Name ids from <paramref name="nameCount"/> on are first words of longer names only, with no places of their own.
    /// Loose key id's places are loosePlaces[looseOffsets[id] .. looseOffsets[id + 1]).
    /// </remarks>
    /// <exception cref="InvalidDataException">The arrays do not fit together (a damaged file).</exception>
    public GazetteerIndex(
        IndexedPlace[] places, NameTable names, int nameCount, NameEntry[] entries, int[] candidates,
        NameTable loose, int[] looseOffsets, int[] loosePlaces)
    {
        Places = places;
        NameCount = nameCount;
        _names = names;
        _entries = entries;
        _candidates = candidates;
        _loose = loose;
        _looseOffsets = looseOffsets;
        _loosePlaces = loosePlaces;
        Check();
        for (var id = 0; id < loose.Count; id++)
        {
            var key = loose.Name(id);
            for (var length = MinLooseStart; length <= Math.Min(MaxLooseStart, key.Length); length++)
            {
                var start = LooseStart(key[..length]);
                _looseStarts[start / 64] |= 1UL << (start % 64);
            }
        }

        _skeletons = new Lazy<Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>>(
            () => BuildSkeletons().GetAlternateLookup<ReadOnlySpan<char>>());
    }

    /// <summary>The places, by index.</summary>
    public IndexedPlace[] Places { get; }

    /// <summary>The number of distinct folded names.</summary>
    public int NameCount { get; }

    /// <summary>The folded names, then the first words of longer names that are no name themselves.</summary>
    public NameTable Names => _names;

    /// <summary>Per name id, where its places are in <see cref="Candidates"/> and which longer names start with it.</summary>
    public NameEntry[] Entries => _entries;

    /// <summary>Place indices, grouped by name id.</summary>
    public int[] Candidates => _candidates;

    /// <summary>The loose keys of multi-word names with an ezafe.</summary>
    public NameTable Loose => _loose;

    /// <summary>Per loose key id, where its places start in <see cref="LoosePlaces"/>, and one more: where the last end.</summary>
    public int[] LooseOffsets => _looseOffsets;

    /// <summary>Place indices, grouped by loose key id.</summary>
    public int[] LoosePlaces => _loosePlaces;

    /// <summary>The places bearing a one-word name, and the names of more words that start with it, in one lookup.</summary>
    /// <param name="word">A folded word.</param>
    /// <param name="maxWords">The most words of any name that starts with the word (1 when none has more).</param>
    /// <param name="longer">Bit n - 1 set when a name of n words starts with the word (bit 63: 64 words or more).</param>
    public ReadOnlySpan<int> FindWord(ReadOnlySpan<char> word, out int maxWords, out ulong longer) =>
        FindWord(word, NameTable.Hash(word), out maxWords, out longer);

    /// <summary>As <see cref="FindWord(ReadOnlySpan{char}, out int, out ulong)"/>, for a word whose <see cref="NameTable.Hash"/> the caller has.</summary>
    public ReadOnlySpan<int> FindWord(ReadOnlySpan<char> word, uint hash, out int maxWords, out ulong longer)
    {
        var id = _names.Find(word, hash);
        if (id < 0)
        {
            maxWords = 1;
            longer = 0;
            return [];
        }

        var entry = _entries[id];
        maxWords = Math.Max(1, entry.MaxWords);
        longer = entry.Longer;
        return _candidates.AsSpan(entry.Start, entry.Count);
    }

    /// <summary>Whether <paramref name="longer"/> from <see cref="FindWord(ReadOnlySpan{char}, out int, out ulong)"/> says a name of <paramref name="words"/> words may start with its word.</summary>
    public static bool MayHave(ulong longer, int words) => (longer & (1UL << (Math.Min(words, 64) - 1))) != 0;

    /// <summary>The places bearing a multi-word name with this loose key (see <see cref="LooseNameKey"/>), or an empty span.</summary>
    public ReadOnlySpan<int> FindLoose(scoped ReadOnlySpan<char> looseKey) => FindLoose(looseKey, NameTable.Hash(looseKey));

    /// <summary>As <see cref="FindLoose(ReadOnlySpan{char})"/>, for a key whose <see cref="NameTable.Hash"/> the caller has.</summary>
    public ReadOnlySpan<int> FindLoose(scoped ReadOnlySpan<char> looseKey, uint hash)
    {
        var id = _loose.Find(looseKey, hash);
        return id < 0 ? [] : _loosePlaces.AsSpan(_looseOffsets[id], _looseOffsets[id + 1] - _looseOffsets[id]);
    }

    /// <summary>Whether a loose key may start with <paramref name="start"/>: false when none starts with its first six characters (or all, when fewer).</summary>
    /// <remarks>Always true for a start shorter than three characters.</remarks>
    public bool MayStartLoose(ReadOnlySpan<char> start)
    {
        if (start.Length < MinLooseStart)
        {
            return true;
        }

        var bit = LooseStart(start[..Math.Min(MaxLooseStart, start.Length)]);
        return (_looseStarts[bit / 64] & (1UL << (bit % 64))) != 0;
    }

    /// <summary>The places with a name of this consonant skeleton (see <see cref="ConsonantSkeleton"/>), or an empty span.</summary>
    /// <remarks>The skeleton table is built on first use: most texts never need it.</remarks>
    public ReadOnlySpan<int> FindBySkeleton(scoped ReadOnlySpan<char> skeleton) =>
        _skeletons.Value.TryGetValue(skeleton, out var places) ? places : [];

    /// <summary>The places bearing a folded name, or an empty span.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key) => Find(key, NameTable.Hash(key));

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>, for a name whose <see cref="NameTable.Hash"/> the caller has.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key, uint hash)
    {
        var id = _names.Find(key, hash);
        return id < 0 ? [] : PlacesOf(id);
    }

    // The bit of a start of a loose key, three to six characters long.
    private static int LooseStart(ReadOnlySpan<char> start)
    {
        var hash = 2166136261u;
        foreach (var c in start)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(unchecked(hash * 2654435769u) >> 12);
    }

    // Every index the lookups follow stays in bounds, so that a damaged file fails here and not in a scan.
    private void Check()
    {
        var count = _names.Count;
        if (NameCount < 0 || NameCount > count || _entries.Length != count || _looseOffsets.Length != _loose.Count + 1 || _looseOffsets[0] != 0
            || _looseOffsets[^1] != _loosePlaces.Length)
        {
            throw new InvalidDataException("the gazetteer index's arrays do not fit together");
        }

        for (var id = 0; id < count; id++)
        {
            if (_entries[id].Start < 0 || _entries[id].Count < 0 || _entries[id].Start > _candidates.Length - _entries[id].Count)
            {
                throw new InvalidDataException("the gazetteer index's name ranges are out of bounds");
            }
        }

        for (var id = 0; id < _loose.Count; id++)
        {
            if (_looseOffsets[id + 1] < _looseOffsets[id])
            {
                throw new InvalidDataException("the gazetteer index's loose ranges go backwards");
            }
        }

        var lastPlace = Places.Length - 1;
        if (_candidates.AsSpan().ContainsAnyExceptInRange(0, lastPlace) || _loosePlaces.AsSpan().ContainsAnyExceptInRange(0, lastPlace))
        {
            throw new InvalidDataException("the gazetteer index names a place it does not hold");
        }
    }

    private Dictionary<string, int[]> BuildSkeletons()
    {
        var skeletons = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = skeletons.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[ConsonantSkeleton.MaxLength];
        for (var id = 0; id < _names.Count; id++)
        {
            var key = _names.Name(id);
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

            foreach (var place in PlacesOf(id))
            {
                if (Places[place].Seat && !places.Contains(place))
                {
                    places.Add(place);
                }
            }
        }

        return skeletons.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private ReadOnlySpan<int> PlacesOf(int id) => _candidates.AsSpan(_entries[id].Start, _entries[id].Count);

    private bool HasSeat(int keyId)
    {
        foreach (var place in PlacesOf(keyId))
        {
            if (Places[place].Seat)
            {
                return true;
            }
        }

        return false;
    }
}
