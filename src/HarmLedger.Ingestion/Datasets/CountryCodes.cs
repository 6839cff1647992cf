using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>ISO 3166-1 codes: alpha-3, numeric and country names (as UCDP and ACLED spell them) to alpha-2.</summary>
/// <remarks>The table is <c>countries.tsv</c> beside this file, embedded in the assembly.</remarks>
public static partial class CountryCodes
{
    private static readonly Tables All = Load();

    /// <summary>The alpha-2 code for an alpha-3 code such as <c>IRQ</c>, or <c>null</c>.</summary>
    public static string? FromAlpha3(string? code) =>
        code is not null && All.ByAlpha3.TryGetValue(code.Trim(), out var a2) ? a2 : null;

    /// <summary>The alpha-2 code for a numeric code such as <c>368</c> or <c>4</c>, or <c>null</c>.</summary>
    public static string? FromNumeric(string? code) =>
        int.TryParse(code?.Trim(), out var n) && All.ByNumeric.TryGetValue(n, out var a2) ? a2 : null;

    /// <summary>The alpha-2 code for a country name such as <c>Syria</c> or <c>Yemen (North Yemen)</c>, or <c>null</c>.</summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (All.ByName.TryGetValue(trimmed, out var a2))
        {
            return a2;
        }

        // "Russia (Soviet Union)": try the name without its parenthesis.
        var bare = Parenthesis().Replace(trimmed, "").Trim();
        return All.ByName.TryGetValue(bare, out a2) ? a2 : null;
    }

    /// <summary>Whether a code is an assigned alpha-2 code such as <c>SY</c>.</summary>
    public static bool IsAlpha2(string? code) => code is { Length: 2 } && All.Alpha2.Contains(code);

    private static Tables Load()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("HarmLedger.Ingestion.Datasets.countries.tsv")
            ?? throw new InvalidOperationException("the embedded country table is missing");
        using var reader = new StreamReader(stream);
        var byAlpha3 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byNumeric = new Dictionary<int, string>();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            byAlpha3[cells[0]] = cells[1];
            if (int.TryParse(cells[2], out var numeric))
            {
                byNumeric[numeric] = cells[1];
            }

            foreach (var name in cells.Skip(3))
            {
                byName.TryAdd(name, cells[1]);
            }
        }

        return new Tables(
            byAlpha3.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            byNumeric.ToFrozenDictionary(),
            byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            byAlpha3.Values.ToFrozenSet(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();

    private sealed record Tables(
        FrozenDictionary<string, string> ByAlpha3,
        FrozenDictionary<int, string> ByNumeric,
        FrozenDictionary<string, string> ByName,
        FrozenSet<string> Alpha2);
}
