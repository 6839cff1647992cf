using System.Globalization;

namespace HarmLedger.Gazetteer;

/// <summary>Writes gazetteer entries in GeoNames' 19-column format, so imported entries can be saved and read back.</summary>
/// <remarks>Only the columns <see cref="GazetteerEntry"/> carries are filled; the rest (cc2, admin2–4, elevation…) are left empty.</remarks>
public static class GeoNamesWriter
{
    /// <summary>One entry as a GeoNames line, without the newline.</summary>
    public static string FormatLine(GazetteerEntry entry) =>
        string.Join('\t', [
            entry.GeonameId.ToString(CultureInfo.InvariantCulture),
            Clean(entry.Name),
            Clean(entry.AsciiName),
            string.Join(',', entry.AlternateNames.Select(Clean).Where(n => !n.Contains(',', StringComparison.Ordinal))),
            entry.Lat.ToString("0.#####", CultureInfo.InvariantCulture),
            entry.Lon.ToString("0.#####", CultureInfo.InvariantCulture),
            entry.FeatureClass == ' ' ? "" : entry.FeatureClass.ToString(),
            entry.FeatureCode,
            entry.CountryCode,
            "",
            entry.Admin1Code,
            "", "", "",
            entry.Population.ToString(CultureInfo.InvariantCulture),
            "", "", "", ""]);

    /// <summary>Writes entries one a line, '\n'-terminated.</summary>
    public static void Write(TextWriter writer, IEnumerable<GazetteerEntry> entries)
    {
        foreach (var entry in entries)
        {
            writer.Write(FormatLine(entry));
            writer.Write('\n');
        }
    }

    /// <summary>Whether an entry is one the resolver uses: a populated place (class P) or an administrative unit (class A).</summary>
    public static bool IsResolvable(GazetteerEntry entry) => entry.FeatureClass is 'P' or 'A';

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
