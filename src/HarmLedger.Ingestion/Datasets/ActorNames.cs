using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Normalises the names datasets give belligerents, so that the same party links across sources.</summary>
/// <remarks>
/// A small alias table for the parties that recur in UCDP, ACLED and Airwars (IS/ISIS/ISIL,
/// governments written "Government of X"); anything else is kept as written, minus a trailing
/// year range such as ACLED's "(2014-2021)".
/// </remarks>
public static partial class ActorNames
{
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["IS"] = "Islamic State",
        ["ISIS"] = "Islamic State",
        ["ISIL"] = "Islamic State",
        ["Daesh"] = "Islamic State",
        ["Islamic State (Iraq and the Levant)"] = "Islamic State",
        ["Islamic State of Iraq and the Levant"] = "Islamic State",
        ["Islamic State of Iraq"] = "Islamic State",
        ["Islamic State (Afghanistan)"] = "Islamic State Khorasan",
        ["Islamic State Khorasan Province"] = "Islamic State Khorasan",
        ["ISKP"] = "Islamic State Khorasan",
        ["Government of United States of America"] = "United States",
        ["Government of United Kingdom"] = "United Kingdom",
        ["Government of Russia (Soviet Union)"] = "Russia",
        ["Taleban"] = "Taliban",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The normalised name, or <c>null</c> for an empty one.</summary>
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var text = YearRange().Replace(Spaces().Replace(name.Trim(), " "), "");
        if (Aliases.TryGetValue(text, out var alias))
        {
            return alias;
        }

        // "Government of Iraq" names the state; UCDP writes every government so.
        var government = GovernmentOf().Match(text);
        return government.Success ? government.Groups["country"].Value : text;
    }

    [GeneratedRegex(@"\s*\(\d{4}\s*-\s*(\d{4})?\)$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^Government of (?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentOf();
}
