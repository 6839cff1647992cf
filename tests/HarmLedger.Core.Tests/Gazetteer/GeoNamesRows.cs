using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

/// <summary>Made-up GeoNames-format rows for tests, and a resolver built over them with the bundled tables.</summary>
internal static class GeoNamesRows
{
    public static string Row(
        long id, string name, string alternates, double lat, double lon, string country, string admin1,
        long population = 1000, string featureClass = "P", string featureCode = "PPL") =>
        string.Join('\t', [
            id.ToString(System.Globalization.CultureInfo.InvariantCulture), name, name, alternates,
            lat.ToString(System.Globalization.CultureInfo.InvariantCulture), lon.ToString(System.Globalization.CultureInfo.InvariantCulture),
            featureClass, featureCode, country, "", admin1, "", "", "", population.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "", "", "Asia/Damascus", "2024-01-01"]);

    public static GazetteerEntry Entry(
        long id, string name, string alternates, double lat, double lon, string country, string admin1,
        long population = 1000, string featureClass = "P", string featureCode = "PPL") =>
        GeoNamesReader.ParseLine(Row(id, name, alternates, lat, lon, country, admin1, population, featureClass, featureCode), 1).Entry!;

    public static GazetteerResolver Resolver(params GazetteerEntry[] entries) =>
        new(entries, BundledGazetteer.ReadAdmin1Divisions(), BundledGazetteer.ReadCountries(), BundledGazetteer.ReadStopwords());
}
