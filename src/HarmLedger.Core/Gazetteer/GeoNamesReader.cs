using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HarmLedger.Gazetteer;

/// <summary>Reads GeoNames-format tab-separated text (cities1000.txt, a country dump such as SY.txt, allCountries.txt).</summary>
/// <remarks>
/// Streams one line at a time. A malformed or over-long line becomes a <see cref="GeoNamesLine"/> with an
/// <see cref="GeoNamesLine.Error"/> and its line number; reading goes on. Blank lines and lines starting with '#' are skipped.
/// </remarks>
public sealed class GeoNamesReader
{
    /// <summary>The longest line read by default, in characters; longer lines are reported, not read.</summary>
    public const int DefaultMaxLineLength = 200_000;

    private const int ColumnCount = 19;
    private readonly int _maxLineLength;

    /// <summary>Creates a reader that rejects lines longer than <paramref name="maxLineLength"/> characters.</summary>
    public GeoNamesReader(int maxLineLength = DefaultMaxLineLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
        _maxLineLength = maxLineLength;
    }

    /// <summary>Reads a file, gunzipping it when its name ends in ".gz".</summary>
    public IEnumerable<GeoNamesLine> ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        foreach (var line in Read(reader))
        {
            yield return line;
        }
    }

    /// <summary>Reads every line of the text, in order.</summary>
    public IEnumerable<GeoNamesLine> Read(TextReader reader)
    {
        var buffer = new StringBuilder();
        var lineNumber = 0L;
        var tooLong = false;
        int next;
        while ((next = reader.Read()) >= 0 || buffer.Length > 0 || tooLong)
        {
            if (next >= 0 && next != '\n')
            {
                if (buffer.Length >= _maxLineLength)
                {
                    tooLong = true;
                    buffer.Clear();
                }

                if (!tooLong && next != '\r')
                {
                    buffer.Append((char)next);
                }

                continue;
            }

            lineNumber++;
            if (tooLong)
            {
                yield return new GeoNamesLine(lineNumber, null, $"line longer than {_maxLineLength} characters");
            }
            else if (buffer.Length > 0 && buffer[0] != '#')
            {
                yield return ParseLine(buffer.ToString(), lineNumber);
            }

            buffer.Clear();
            tooLong = false;
            if (next < 0)
            {
                break;
            }
        }
    }

    /// <summary>Parses one line of GeoNames' 19 tab-separated columns.</summary>
    public static GeoNamesLine ParseLine(string line, long lineNumber)
    {
        var cols = line.Split('\t');
        if (cols.Length != ColumnCount)
        {
            return Fail(lineNumber, $"expected {ColumnCount} tab-separated columns, found {cols.Length}");
        }

        if (!long.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Fail(lineNumber, $"geonameid '{cols[0]}' is not a non-negative integer");
        }

        if (cols[1].Length == 0)
        {
            return Fail(lineNumber, "name is empty");
        }

        if (!TryDegrees(cols[4], 90, out var lat) || !TryDegrees(cols[5], 180, out var lon))
        {
            return Fail(lineNumber, $"coordinates '{cols[4]}', '{cols[5]}' are not valid degrees");
        }

        if (cols[6].Length > 1 || cols[8].Length != 2)
        {
            return Fail(lineNumber, $"feature class '{cols[6]}' or country code '{cols[8]}' is malformed");
        }

        var population = 0L;
        if (cols[14].Length > 0 && !long.TryParse(cols[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            return Fail(lineNumber, $"population '{cols[14]}' is not a non-negative integer");
        }

        var alternates = cols[3].Length == 0
            ? []
            : cols[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ascii = cols[2].Length == 0 ? cols[1] : cols[2];
        var entry = new GazetteerEntry(
            id, cols[1], ascii, alternates, lat, lon, cols[6].Length == 0 ? ' ' : cols[6][0], cols[7], cols[8], cols[10], population);
        return new GeoNamesLine(lineNumber, entry, null);
    }

    private static bool TryDegrees(string text, double limit, out double degrees) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out degrees)
        && Math.Abs(degrees) <= limit;

    private static GeoNamesLine Fail(long lineNumber, string reason) => new(lineNumber, null, reason);
}
