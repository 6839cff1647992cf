using System.IO.Compression;
using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

public sealed class GeoNamesReaderTests
{
    [Fact]
    public void ParseLine_ValidRow_ReadsColumns()
    {
        var row = GeoNamesRows.Row(9000001, "Qaryat Zubda", "Zubda,زبدة", 35.12345, 40.5, "SY", "07", population: 5400);

        var line = GeoNamesReader.ParseLine(row, 3);

        Assert.True(line.IsValid);
        Assert.Equal(3, line.LineNumber);
        var entry = line.Entry!;
        Assert.Equal(9000001, entry.GeonameId);
        Assert.Equal("Qaryat Zubda", entry.AsciiName);
        Assert.Equal(["Zubda", "زبدة"], entry.AlternateNames);
        Assert.Equal(35.12345, entry.Lat);
        Assert.Equal('P', entry.FeatureClass);
        Assert.Equal("SY", entry.CountryCode);
        Assert.Equal("07", entry.Admin1Code);
        Assert.Equal(5400, entry.Population);
    }

    [Fact]
    public void Read_MalformedLine_ReportsItsLineNumberAndGoesOn()
    {
        var text = string.Join('\n',
            GeoNamesRows.Row(1, "Alpha", "", 10, 20, "SY", "01"),
            "2\tBroken\tonly four columns",
            GeoNamesRows.Row(3, "Gamma", "", 91, 20, "SY", "01"),
            GeoNamesRows.Row(4, "Delta", "", 10, 20, "SY", "01"));

        var lines = new GeoNamesReader().Read(new StringReader(text)).ToList();

        Assert.Equal([1L, 2L, 3L, 4L], lines.Select(l => l.LineNumber));
        Assert.Equal([true, false, false, true], lines.Select(l => l.IsValid));
        Assert.Contains("columns", lines[1].Error, StringComparison.Ordinal);
        Assert.Contains("degrees", lines[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineLongerThanLimit_ReportedAndNextLineRead()
    {
        var text = new string('x', 5000) + "\r\n" + GeoNamesRows.Row(7, "Alpha", "", 10, 20, "SY", "01") + "\r\n";

        var lines = new GeoNamesReader(maxLineLength: 1000).Read(new StringReader(text)).ToList();

        Assert.Equal(2, lines.Count);
        Assert.Equal(1, lines[0].LineNumber);
        Assert.Contains("longer than 1000", lines[0].Error, StringComparison.Ordinal);
        Assert.Equal(7, lines[1].Entry?.GeonameId);
    }

    [Fact]
    public void Read_CommentsAndBlankLines_AreSkippedButCounted()
    {
        var text = "# a comment\n\n" + GeoNamesRows.Row(5, "Alpha", "", 10, 20, "SY", "01");

        var lines = new GeoNamesReader().Read(new StringReader(text)).ToList();

        var line = Assert.Single(lines);
        Assert.Equal(3, line.LineNumber);
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData(".txt.gz")]
    [InlineData(".zip")]
    public void ReadFile_PlainGzipOrZip_ReadsTheDump(string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"geonames-{Guid.NewGuid():N}{extension}");
        var text = GeoNamesRows.Row(11, "Alpha", "", 10, 20, "SY", "01") + "\n" + GeoNamesRows.Row(12, "Beta", "", 10, 20, "SY", "01") + "\n";
        WriteDump(path, text);

        try
        {
            var ids = new GeoNamesReader().ReadFile(path).Select(l => l.Entry?.GeonameId).ToList();

            Assert.Equal([11L, 12L], ids);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteDump(string path, string text)
    {
        using var file = File.Create(path);
        if (path.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Create);
            using (var readme = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            {
                readme.Write("about");
            }

            using var dump = new StreamWriter(zip.CreateEntry("SY.txt").Open());
            dump.Write(text);
        }
        else if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gzip = new StreamWriter(new GZipStream(file, CompressionLevel.Fastest));
            gzip.Write(text);
        }
        else
        {
            using var plain = new StreamWriter(file);
            plain.Write(text);
        }
    }
}
