using System.Runtime.CompilerServices;

namespace HarmLedger.Gazetteer;

/// <summary>Collects places and maps each of their folded names to the places that bear it.</summary>
/// <remarks>
/// Pairs (name, place) are gathered in flat lists and grouped once at the end, so building allocates one string
/// per distinct name and no per-name arrays: loading the bundled gazetteer stays well under a second.
/// </remarks>
internal sealed class GazetteerIndexBuilder : IDisposable
{
    private readonly List<IndexedPlace> _places = [];
    private readonly Dictionary<string, int> _keyIds = new(400_000, StringComparer.Ordinal);
    private readonly List<int> _pairKeys = new(700_000);
    private readonly List<int> _pairPlaces = new(700_000);
    private readonly TokenizedText _tokens = new(256);

    /// <summary>Adds a place under folded keys (one a line) and returns its index.</summary>
    public int Add(IndexedPlace place, string keys)
    {
        _places.Add(place);
        AddPairs(_places.Count - 1, keys);
        return _places.Count - 1;
    }

    /// <summary>Adds a place under names still to be folded and returns its index.</summary>
    public int AddNames(IndexedPlace place, IEnumerable<string> names)
    {
        var keys = new System.Text.StringBuilder();
        foreach (var name in names)
        {
            FoldedEntry.AddKeys(_tokens, name, keys);
        }

        return Add(place, keys.ToString());
    }

    /// <summary>Replaces the place at an index, adding its keys.</summary>
    public void Replace(int index, IndexedPlace place, string keys)
    {
        _places[index] = place;
        AddPairs(index, keys);
    }

    /// <summary>Builds the finished index. Call once, when done adding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GazetteerIndex Build()
    {
        // The first words of multi-word names get key ids of their own (after the names'), so that the scan learns with
        // one lookup both the places a word names and the lengths of the names it starts: it tries no other phrases.
        var nameCount = _keyIds.Count;
        var firstWords = new List<(int Id, int Words)>();
        var lookup = _keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in _keyIds.Keys.ToArray())
        {
            var firstSpace = key.IndexOf(' ', StringComparison.Ordinal);
            if (firstSpace > 0)
            {
                var first = key.AsSpan(0, firstSpace);
                if (!lookup.TryGetValue(first, out var id))
                {
                    id = _keyIds.Count;
                    lookup[first] = id;
                }

                firstWords.Add((id, key.AsSpan().Count(' ') + 1));
            }
        }

        var maxWords = new int[_keyIds.Count];
        var longer = new ulong[_keyIds.Count];
        foreach (var (id, words) in firstWords)
        {
            maxWords[id] = Math.Max(maxWords[id], words);
            longer[id] |= 1UL << (Math.Min(words, 64) - 1);
        }

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

        var names = new string[_keyIds.Count];
        foreach (var (key, id) in _keyIds)
        {
            names[id] = key;
        }

        var loose = LooseKeys(starts, counts, candidates);
        var looseOffsets = new int[loose.Count + 1];
        var loosePlaces = new List<int>();
        var looseIndex = 0;
        foreach (var places in loose.Values)
        {
            loosePlaces.AddRange(places);
            looseOffsets[++looseIndex] = loosePlaces.Count;
        }

        var entries = new NameEntry[names.Length];
        for (var id = 0; id < entries.Length; id++)
        {
            entries[id] = new NameEntry(longer[id], starts[id], counts[id], maxWords[id]);
        }

        return new GazetteerIndex(
            [.. _places], NameTable.Create(names), nameCount, entries, candidates, NameTable.Create([.. loose.Keys]), looseOffsets,
            [.. loosePlaces]);
    }

    /// <inheritdoc />
    public void Dispose() => _tokens.Dispose();

    // A multi-word name with an ezafe ("Nahr-e Saraj", "Nahri Saraj") also under its loose key, for a second-chance
    // lookup. Names without one are left out: a loose key equal to the words run together adds little and costs memory.
    private Dictionary<string, int[]> LooseKeys(int[] starts, int[] counts, int[] candidates)
    {
        var loose = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lookup = loose.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[LooseNameKey.MaxLength];
        foreach (var (key, id) in _keyIds)
        {
            var spaces = key.AsSpan().Count(' ');
            var length = spaces == 0 ? 0 : LooseNameKey.Build(key, buffer);
            if (length == 0 || length == key.Length - spaces)
            {
                continue;
            }

            var places = candidates.AsSpan(starts[id], counts[id]);
            lookup[buffer[..length]] = lookup.TryGetValue(buffer[..length], out var earlier) ? [.. earlier.Union(places.ToArray())] : places.ToArray();
        }

        return loose;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPairs(int index, string keys)
    {
        var lookup = _keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in keys.AsSpan().Split(FoldedEntry.Separator))
        {
            var key = keys.AsSpan()[range];
            if (key.IsEmpty)
            {
                continue;
            }

            if (!lookup.TryGetValue(key, out var id))
            {
                id = _keyIds.Count;
                lookup[key] = id;
            }

            _pairKeys.Add(id);
            _pairPlaces.Add(index);
        }
    }
}
