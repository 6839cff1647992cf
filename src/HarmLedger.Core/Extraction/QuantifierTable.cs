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
}
