using System.Numerics;
using System.Runtime.CompilerServices;

namespace HarmLedger.Gazetteer;

/// <summary>A fixed set of folded names, each with an id (its position), looked up by span without allocating.</summary>
/// <remarks>
/// The names lie end to end in one character array. Lookup is open addressing with linear probing over slots holding
/// a name's hash and id; a bit per hash in a table an eighth of the slots' size turns most absent names away first.
/// The arrays are plain data, so the table can be written to a file and read back as it is (see <see cref="GazetteerIndexFile"/>).
/// </remarks>
internal sealed class NameTable
{
    private const uint Golden = 2654435769u;
    private const int MaxFilterWords = 1 << 25;

    private readonly char[] _chars;
    private readonly int[] _offsets;
    private readonly ulong[] _slots;
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    /// <summary>Wraps arrays made by <see cref="Create"/>: name id's characters are chars[offsets[id] .. offsets[id + 1]).</summary>
    /// <exception cref="InvalidDataException">The arrays do not fit together.</exception>
    public NameTable(char[] chars, int[] offsets, ulong[] slots, ulong[] filter)
    {
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != chars.Length || !BitOperations.IsPow2(slots.Length)
            || slots.Length < offsets.Length || !BitOperations.IsPow2(filter.Length) || filter.Length is < 2 or > MaxFilterWords)
        {
            throw new InvalidDataException("the name table's arrays do not fit together");
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                throw new InvalidDataException("the name table's offsets go backwards");
            }
        }

        _chars = chars;
        _offsets = offsets;
        _slots = slots;
        _filter = filter;
        _filterShift = FilterShift(filter.Length);
    }

    /// <summary>The number of names.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>The names end to end.</summary>
    public char[] Chars => _chars;

    /// <summary>Where each name starts in <see cref="Chars"/>, and one more: where the last ends.</summary>
    public int[] Offsets => _offsets;

    /// <summary>The hash slots: a name's hash in the high half, its id + 1 in the low half; 0 for an empty slot.</summary>
    public ulong[] Slots => _slots;

    /// <summary>One bit per hash prefix: clear when no name has that prefix.</summary>
    public ulong[] Filter => _filter;

    /// <summary>Builds the table of <paramref name="names"/>, whose ids are their positions; the names must be distinct.</summary>
    public static NameTable Create(IReadOnlyList<string> names)
    {
        var offsets = new int[names.Count + 1];
        for (var i = 0; i < names.Count; i++)
        {
            offsets[i + 1] = checked(offsets[i] + names[i].Length);
        }

        var chars = new char[offsets[^1]];
        var slots = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, names.Count * 2))];
        var filter = new ulong[Math.Max(2, slots.Length / 8)];
        var filterShift = FilterShift(filter.Length);
        for (var id = 0; id < names.Count; id++)
        {
            names[id].CopyTo(chars.AsSpan(offsets[id]));
            var hash = Hash(names[id]);
            var bit = FilterBit(hash, filterShift);
            filter[bit >> 6] |= 1UL << bit;
            var slot = (int)(hash & (uint)(slots.Length - 1));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
        }

        return new NameTable(chars, offsets, slots, filter);
    }

    /// <summary>The characters of name <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> Name(int id) => _chars.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    /// <summary>The id of a name, or -1 when the table does not hold it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> name) => Find(name, Hash(name));

    /// <summary>The id of a name whose <see cref="Hash"/> the caller has, or -1 when the table does not hold it.</summary>
    /// <remarks>Every table hashes alike, so one word hashed once is looked up in several, and a phrase's hash continues its first word's.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> name, uint hash)
    {
        var bit = FilterBit(hash, _filterShift);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return -1;
        }

        var mask = _slots.Length - 1;
        var slot = (int)(hash & (uint)mask);
        for (var probes = 0; probes < _slots.Length; probes++, slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            var id = unchecked((int)(uint)entry - 1);
            if ((uint)(entry >> 32) == hash && id >= 0 && id < Count && name.SequenceEqual(Name(id)))
            {
                return id;
            }
        }

        return -1;
    }

    /// <summary>The hash the tables file a name under: FNV-1a over its UTF-16 code units.</summary>
    public static uint Hash(ReadOnlySpan<char> name) => ContinueHash(2166136261u, name);

    /// <summary>The hash of a name that is <paramref name="more"/> appended to one of hash <paramref name="hash"/>.</summary>
    public static uint ContinueHash(uint hash, ReadOnlySpan<char> more)
    {
        foreach (var c in more)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    // The filter bit comes from the high bits of the mixed hash, the slot from the low bits of the hash itself.
    private static int FilterShift(int filterWords) => 32 - (BitOperations.Log2((uint)filterWords) + 6);

    private static int FilterBit(uint hash, int shift) => (int)(unchecked(hash * Golden) >> shift);
}
