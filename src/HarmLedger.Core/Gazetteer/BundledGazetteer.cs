using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HarmLedger.Gazetteer;

/// <summary>The gazetteer shipped inside HarmLedger.Core: GeoNames cities1000 (CC BY 4.0), provinces, countries, stopwords.</summary>
/// <remarks>See data/gazetteer/README.md for sources and how each file was made.</remarks>
public static class BundledGazetteer
{
    private const string CitiesResource = "HarmLedger.Gazetteer.geonames-cities1000.tsv.gz";
    private const string ExtraTownsResource = "HarmLedger.Gazetteer.cities-extra.tsv.gz";
    private const string SupplementResource = "HarmLedger.Gazetteer.supplement.tsv";
    private const string Admin1Resource = "HarmLedger.Gazetteer.admin1.tsv";
    private const string CountriesResource = "HarmLedger.Gazetteer.countries.tsv";
    private const string StopwordsResource = "HarmLedger.Gazetteer.stopwords.txt";

    /// <summary>
    /// The GeoNames cities1000 entries, the towns of GeoNames' current list that this 2013 snapshot lacks, and the
    /// hand-written supplement (camps and places both lack).
    /// </summary>
    public static IEnumerable<GazetteerEntry> ReadEntries()
    {
        var reader = new GeoNamesReader();
        foreach (var resource in new[] { CitiesResource, ExtraTownsResource, SupplementResource })
        {
            using var text = Open(resource);
            foreach (var line in reader.Read(text))
            {
                yield return line.Entry ?? throw new InvalidDataException($"{resource} line {line.LineNumber}: {line.Error}");
            }
        }
    }

    /// <summary>The hand-made table of first-order units: country, GeoNames admin1 code, English name, alternates, point.</summary>
    public static IReadOnlyList<Admin1Division> ReadAdmin1Divisions() =>
        [.. ReadTable(Admin1Resource, 6).Select(c => new Admin1Division(c[0], c[1], c[2], SplitNames(c[3]), Degrees(c[4]), Degrees(c[5])))];

    /// <summary>The hand-made table of countries: ISO code, English name, alternates and demonyms, centroid.</summary>
    public static IReadOnlyList<CountryEntry> ReadCountries() =>
        [.. ReadTable(CountriesResource, 5).Select(c => new CountryEntry(c[0], c[1], SplitNames(c[2]), Degrees(c[3]), Degrees(c[4])))];

    /// <summary>Common English words, month and day names and first names that are never one-word place names.</summary>
    public static IReadOnlyList<string> ReadStopwords()
    {
        using var text = Open(StopwordsResource);
        var words = new List<string>();
        while (text.ReadLine() is { } line)
        {
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.StartsWith('#'))
                {
                    break;
                }

                words.Add(word);
            }
        }

        return words;
    }

    private static List<string[]> ReadTable(string resource, int columns)
    {
        using var text = Open(resource);
        var rows = new List<string[]>();
        var lineNumber = 0;
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            rows.Add(cells.Length == columns ? cells : throw new InvalidDataException($"{resource} line {lineNumber}: expected {columns} columns"));
        }

        return rows;
    }

    private static string[] SplitNames(string names) =>
        names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Degrees(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static StreamReader Open(string resource)
    {
        var stream = typeof(BundledGazetteer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        return resource.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8)
            : new StreamReader(stream, Encoding.UTF8);
    }
}
