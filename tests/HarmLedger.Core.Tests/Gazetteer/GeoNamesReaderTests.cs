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
}
