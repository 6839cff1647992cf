// Derives HarmLedger's compact bundled gazetteer from GeoNames' cities1000.txt (or any GeoNames dump).
// Usage: dotnet run tools/make-gazetteer.cs -- /path/cities1000.txt data/gazetteer/geonames-cities1000.tsv.gz
// See data/gazetteer/README.md for what is kept and why.
using System.Globalization;
using System.IO.Compression;
using System.Text;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: make-gazetteer INPUT.txt OUTPUT.tsv.gz");
    return 2;
}

var kept = 0;
var skipped = 0;
using var input = new StreamReader(args[0], Encoding.UTF8);
using var file = File.Create(args[1]);
using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
using var output = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
string? line;
while ((line = input.ReadLine()) is not null)
{
    var cols = line.Split('\t');
    if (cols.Length != 19 || (cols[6] != "P" && cols[6] != "A"))
    {
        skipped++;
        continue;
    }

    cols[3] = string.Join(',', FilterAlternateNames(cols[3], cols[1], cols[2]));
    cols[4] = Round(cols[4]);
    cols[5] = Round(cols[5]);

    // Columns the resolver does not use are left empty (cc2, admin2-4, elevation, dem, timezone, modified).
    foreach (var unused in new[] { 9, 11, 12, 13, 15, 16, 17, 18 })
    {
        cols[unused] = "";
    }

    output.WriteLine(string.Join('\t', cols));
    kept++;
}

Console.WriteLine($"kept {kept} rows, skipped {skipped}");
return 0;

static string Round(string degrees) =>
    Math.Round(double.Parse(degrees, CultureInfo.InvariantCulture), 5).ToString("0.#####", CultureInfo.InvariantCulture);

static IEnumerable<string> FilterAlternateNames(string alternateNames, string name, string asciiName)
{
    var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name, asciiName };
    foreach (var alternate in alternateNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        if (alternate.Length > 60 || !IsReportScript(alternate) || IsCode(alternate) || !seen.Add(alternate))
        {
            continue;
        }

        yield return alternate;
    }
}

// Latin, Arabic/Persian, Hebrew and Cyrillic: the scripts report text uses. Anything else (CJK, Greek, Thai...) is dropped.
static bool IsReportScript(string value)
{
    var letters = 0;
    foreach (var c in value)
    {
        if (c is '/' or ':' or '@' || char.IsDigit(c))
        {
            return false;
        }

        if (!char.IsLetter(c))
        {
            continue;
        }

        letters++;
        var latin = c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';
        var arabic = c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
        var hebrew = c is >= '\u0590' and <= '\u05FF';
        var cyrillic = c is >= '\u0400' and <= '\u04FF';
        if (!(latin || arabic || hebrew || cyrillic))
        {
            return false;
        }
    }

    return letters >= 2;
}

// Airport and other codes: short all-capital ASCII tokens such as "DAM" or "OSDI".
static bool IsCode(string value) =>
    value.Length <= 4 && value.All(c => c is >= 'A' and <= 'Z');
