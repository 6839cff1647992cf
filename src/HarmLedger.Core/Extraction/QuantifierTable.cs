using System.Collections.Immutable;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>The default ranges for vague quantifiers, as monitors code them.</summary>
/// <remarks>
/// A <c>null</c> max means the words set no upper bound. "Dozens" is at least two dozen (24), "scores" at
/// least two score (40); "others" with no number is counted as 2, as Airwars' methodology does; "a number of"
/// and "some" promise only a plural (2). Phrases are matched whole, longest first, case-insensitively.
/// </remarks>
public static class QuantifierTable
{
    /// <summary>The default table: phrase to range.</summary>
    public static readonly ImmutableDictionary<string, FigureRange> Default =
        new Dictionary<string, FigureRange>(StringComparer.OrdinalIgnoreCase)
        {
            ["a couple of"] = new(2, 3),
            ["a few"] = new(3, 5),
            ["a handful of"] = new(3, 5),
            ["several"] = new(3, 9),
            ["a number of"] = new(2, null),
            ["a large number of"] = new(10, null),
            ["many"] = new(10, null),
            ["dozens of"] = new(24, null),
            ["dozens"] = new(24, null),
            ["scores of"] = new(40, null),
            ["scores"] = new(40, null),
            ["tens of"] = new(20, null),
            ["hundreds of"] = new(200, null),
            ["hundreds"] = new(200, null),
            ["thousands of"] = new(2000, null),
            ["thousands"] = new(2000, null),
            ["others"] = new(2, 2),
            ["some"] = new(2, null),
            ["multiple"] = new(2, null),
            ["an unknown number of"] = new(2, null),
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest phrase a table may hold, and the most rows it may have.</summary>
    public const int MaxPhraseLength = 60, MaxRows = 1000;

    /// <summary>
    /// Reads a table of tab-separated rows <c>phrase⇥min⇥max</c> (max empty for no upper bound; <c>#</c> starts a
    /// comment line) and lays it over <paramref name="defaults"/>: a phrase in the file replaces the default's range.
    /// </summary>
    /// <exception cref="FormatException">A row is malformed; the message names its line.</exception>
    public static ImmutableDictionary<string, FigureRange> Read(TextReader reader, ImmutableDictionary<string, FigureRange> defaults)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(defaults);
        var table = defaults.ToBuilder();
        var rows = 0;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            if (++rows > MaxRows)
            {
                throw new FormatException($"line {number}: more than {MaxRows} rows");
            }

            var cells = line.Split('\t');
            if (cells.Length is < 2 or > 3)
            {
                throw new FormatException($"line {number}: expected 'phrase<TAB>min<TAB>max', found {cells.Length} cell(s)");
            }

            var phrase = string.Join(' ', cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length is 0 or > MaxPhraseLength)
            {
                throw new FormatException($"line {number}: the phrase must have 1 to {MaxPhraseLength} characters");
            }

            if (!int.TryParse(cells[1].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min))
            {
                throw new FormatException($"line {number}: min '{cells[1].Trim()}' is not a whole number");
            }

            int? max = null;
            var maxText = cells.Length == 3 ? cells[2].Trim() : "";
            if (maxText.Length > 0)
            {
                if (!int.TryParse(maxText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) || m < min)
                {
                    throw new FormatException($"line {number}: max '{maxText}' is not a whole number at least min");
                }

                max = m;
            }

            table[phrase] = new FigureRange(min, max);
        }

        return table.ToImmutable();
    }
}
