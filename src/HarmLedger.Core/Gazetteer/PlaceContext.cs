namespace HarmLedger.Gazetteer;

/// <summary>How often a text names each country and province, by the resolver's numbers for them; reused from text to text.</summary>
/// <remarks>
/// A country or province is a number from 0 to the resolver's count of them, so a count is one array read rather than
/// a hash of its code ("SY", "SY.07"); the units a text named are listed, and only theirs are zeroed for the next text.
/// </remarks>
internal sealed class PlaceContext(int units)
{
    private readonly int[] _counts = new int[units];
    private readonly List<int> _named = [];

    /// <summary>The number of units this context can count.</summary>
    public int Units => _counts.Length;

    /// <summary>The number of times the units were counted since the last <see cref="Clear"/>.</summary>
    public int Named => _named.Count;

    /// <summary>How often the text names unit <paramref name="unit"/>; 0 for -1, no unit.</summary>
    public int this[int unit] => unit < 0 ? 0 : _counts[unit];

    /// <summary>Adds <paramref name="delta"/> to unit <paramref name="unit"/>'s count (nothing for -1, no unit).</summary>
    public void Add(int unit, int delta)
    {
        if (unit < 0)
        {
            return;
        }

        _named.Add(unit);
        _counts[unit] += delta;
    }

    /// <summary>Sets every count back to zero.</summary>
    public void Clear()
    {
        foreach (var unit in _named)
        {
            _counts[unit] = 0;
        }

        _named.Clear();
    }
}
