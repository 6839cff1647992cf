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
        var buffer = new char[Math.Max(_maxLineLength + 2, 1 << 16)];
        var filled = 0;
        var lineNumber = 0L;
        var discarding = false;
        while (true)
        {
            var read = reader.ReadBlock(buffer, filled, buffer.Length - filled);
            filled += read;
            var consumed = 0;
            int newline;
            while ((newline = Array.IndexOf(buffer, '\n', consumed, filled - consumed)) >= 0 || (read == 0 && consumed < filled))
            {
                var lineEnd = newline >= 0 ? newline : filled;
                lineNumber++;
                var line = buffer.AsSpan(consumed, lineEnd - consumed).TrimEnd('\r');
                consumed = Math.Min(lineEnd + 1, filled);
                if (discarding || line.Length > _maxLineLength)
                {
                    discarding = false;
                    yield return new GeoNamesLine(lineNumber, null, $"line longer than {_maxLineLength} characters");
                }
                else if (line.Length > 0 && line[0] != '#')
                {
                    yield return ParseLine(line, lineNumber);
                }
            }

            if (read == 0)
            {
                yield break;
            }

            // Keep the unfinished line; if it already fills the buffer it is too long, so drop what is held.
            Array.Copy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            if (filled > _maxLineLength)
            {
                discarding = true;
                filled = 0;
            }
        }
    }

    /// <summary>Parses one line of GeoNames' 19 tab-separated columns.</summary>
    public static GeoNamesLine ParseLine(ReadOnlySpan<char> line, long lineNumber)
    {
        Span<Range> ranges = stackalloc Range[ColumnCount + 1];
        var count = line.Split(ranges, '\t');
        if (count != ColumnCount)
        {
            return Fail(lineNumber, $"expected {ColumnCount} tab-separated columns, found {(count > ColumnCount ? "more" : count)}");
        }

        var cols = new ColumnReader(line, ranges);
        if (!long.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Fail(lineNumber, $"geonameid '{cols[0]}' is not a non-negative integer");
        }

        if (cols[1].IsEmpty)
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
        if (!cols[14].IsEmpty && !long.TryParse(cols[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            return Fail(lineNumber, $"population '{cols[14]}' is not a non-negative integer");
        }

        var name = cols[1].ToString();
        var ascii = cols[2].IsEmpty || cols[2].SequenceEqual(name) ? name : cols[2].ToString();
        var alternates = cols[3].IsEmpty
            ? []
            : cols[3].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entry = new GazetteerEntry(
            id, name, ascii, alternates, lat, lon, cols[6].IsEmpty ? ' ' : cols[6][0], cols[7].ToString(),
            cols[8].ToString(), cols[10].ToString(), population);
        return new GeoNamesLine(lineNumber, entry, null);
    }

    private static bool TryDegrees(ReadOnlySpan<char> text, double limit, out double degrees) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out degrees)
        && Math.Abs(degrees) <= limit;

    private static GeoNamesLine Fail(long lineNumber, string reason) => new(lineNumber, null, reason);

    // Column access by index over the ranges Split found.
    private readonly ref struct ColumnReader(ReadOnlySpan<char> line, ReadOnlySpan<Range> ranges)
    {
        private readonly ReadOnlySpan<char> _line = line;
        private readonly ReadOnlySpan<Range> _ranges = ranges;

        public ReadOnlySpan<char> this[int column] => _line[_ranges[column]];
    }
}
