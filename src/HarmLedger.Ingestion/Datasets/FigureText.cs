using System.Globalization;
using System.Text.RegularExpressions;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Parses a count as tables write it: <c>3</c>, <c>1-3</c>, <c>2–4</c>, <c>5+</c>.</summary>
public static partial class FigureText
{
    /// <summary>The largest count accepted in one cell; anything above is a typo or a different unit.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>Parses a count or range; an empty cell is <c>null</c>.</summary>
    /// <exception cref="FormatException">The text is not a count or range, or min exceeds max.</exception>
    public static FigureRange? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            throw new FormatException($"'{Clip(text)}' is not a count or a range such as 1-3");
        }

        var min = Count(match.Groups["min"].Value, text);
        if (match.Groups["plus"].Success)
        {
            return FigureRange.AtLeast(min);
        }

        var max = match.Groups["max"].Success ? Count(match.Groups["max"].Value, text) : min;
        return max < min ? throw new FormatException($"'{Clip(text)}' has its minimum above its maximum") : new FigureRange(min, max);
    }

    private static int Count(string digits, string text) =>
        int.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxCount
            ? n
            : throw new FormatException($"'{Clip(text)}' is above {MaxCount}");

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^(?<min>\d{1,3}(,\d{3})+|\d{1,9})(\.0+)?\s*(?:(?<plus>\+)|\s*[-–—]\s*(?<max>\d{1,3}(,\d{3})+|\d{1,9})(\.0+)?|\s+to\s+(?<max>\d{1,9}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
