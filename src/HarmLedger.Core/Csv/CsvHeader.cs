using System.Collections.Frozen;
using System.Collections.Immutable;

namespace HarmLedger.Csv;

/// <summary>A CSV header row: column names mapped to their indexes, case-insensitively.</summary>
public sealed class CsvHeader
{
    private readonly FrozenDictionary<string, int> _indexes;

    /// <summary>Reads the column names from a header record (trimmed, byte-order mark removed).</summary>
    public CsvHeader(CsvRecord record)
    {
        Names = [.. record.Fields.Select(f => f.Trim().TrimStart('\uFEFF').Trim())];
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Length; i++)
        {
            indexes.TryAdd(Names[i], i);
        }

        _indexes = indexes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The column names, in file order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The index of the first column with a name, or -1 when there is none.</summary>
    public int IndexOf(string name) => _indexes.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Whether a column with this name exists.</summary>
    public bool Has(string name) => _indexes.ContainsKey(name);

    /// <summary>The names among those given that the header lacks.</summary>
    public ImmutableArray<string> Missing(IEnumerable<string> names) => [.. names.Where(n => !Has(n))];

    /// <summary>Whether a record is an HXL hashtag row: every non-empty field starts with '#'.</summary>
    public static bool IsHashtagRow(CsvRecord record) =>
        record.Fields.Any(f => f.Length > 0) &&
        record.Fields.All(f => f.Length == 0 || f.TrimStart().StartsWith('#'));
}
