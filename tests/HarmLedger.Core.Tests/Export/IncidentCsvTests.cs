using HarmLedger.Csv;
using HarmLedger.Export;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Export;

public sealed class IncidentCsvTests
{
    [Fact]
    public void Write_ThenRead_RoundTripsEveryField()
    {
        Incident[] incidents = [IncidentSamples.Awkward(), IncidentSamples.Bare()];
        var writer = new StringWriter();

        IncidentCsvWriter.Write(writer, incidents);
        var rows = IncidentCsvReader.Read(new StringReader(writer.ToString())).ToList();

        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.Equal(2, rows.Count);
        AssertSame(incidents[0], rows[0].Incident!);
        AssertSame(incidents[1], rows[1].Incident!);
    }

    [Fact]
    public void Write_ThenReadThenWrite_GivesTheSameBytes()
    {
        var first = new StringWriter();
        IncidentCsvWriter.Write(first, [IncidentSamples.Awkward(), IncidentSamples.Bare()]);

        var incidents = IncidentCsvReader.Read(new StringReader(first.ToString())).Select(r => r.Incident!);
        var second = new StringWriter();
        IncidentCsvWriter.Write(second, incidents);

        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public void Write_FormulaLikeText_IsPrefixedWithAQuote()
    {
        var writer = new StringWriter();

        IncidentCsvWriter.Write(writer, [IncidentSamples.Awkward()]);

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains(",Deirezzor24; +SOHR; 'quoted\r\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Header_IsFollowedByTheHxlRow()
    {
        var writer = new StringWriter();

        IncidentCsvWriter.Write(writer, []);

        var lines = writer.ToString().Split("\r\n");
        Assert.StartsWith("id,date_start,date_end,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("#event+id,#date+start,#date+end,", lines[1], StringComparison.Ordinal);
        Assert.Contains("#affected+killed+civilians+min", lines[1], StringComparison.Ordinal);
        Assert.Contains("#affected+injured+f+adults+max", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ForeignHeader_ThrowsNamingTheMissingColumns()
    {
        var error = Assert.Throws<CsvHeaderException>(() => IncidentCsvReader.Read(new StringReader("id,date_start\n1,2020-01-01\n")).ToList());

        Assert.Contains("killed_total_min", error.MissingColumns);
        Assert.Contains("grade", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadNumber_BecomesARowErrorAndTheNextRowStillReads()
    {
        var writer = new StringWriter();
        IncidentCsvWriter.Write(writer, [IncidentSamples.Bare(), IncidentSamples.Bare()]);
        var lines = writer.ToString().Split("\r\n");
        lines[2] = lines[2].Replace(",1,1,", ",many,1,", StringComparison.Ordinal);

        var rows = IncidentCsvReader.Read(new StringReader(string.Join("\r\n", lines))).ToList();

        Assert.Equal(3, rows[0].Line);
        Assert.Contains("claims 'many'", rows[0].Error, StringComparison.Ordinal);
        Assert.NotNull(rows[1].Incident);
    }

    [Fact]
    public void Write_ToStream_IsUtf8WithAByteOrderMarkAndReadsBack()
    {
        using var stream = new MemoryStream();

        IncidentCsvWriter.Write(stream, [IncidentSamples.Awkward()]);

        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        using var reader = new StreamReader(new MemoryStream(bytes));
        Assert.Equal(IncidentSamples.Awkward().Place, IncidentCsvReader.Read(reader).Single().Incident!.Place);
    }

    [Fact]
    public void Write_ThenRead_RoundTripsRandomAwkwardNames()
    {
        var random = new Random(11);
        const string Alphabet = "ab ,\"\r\n;\\'=+-@\t#ـم";
        string Name() => new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        var incidents = Enumerable.Range(1, 200).Select(i => IncidentSamples.Awkward() with
        {
            Id = i,
            Place = IncidentSamples.Awkward().Place! with { Name = Name(), Admin1 = Name(), Lat = (random.NextDouble() * 180) - 90 },
            Belligerents = [Name(), Name()],
            Sources = [Name()],
        }).ToList();
        var writer = new StringWriter();

        IncidentCsvWriter.Write(writer, incidents);
        var read = IncidentCsvReader.Read(new StringReader(writer.ToString())).ToList();

        Assert.Equal(incidents.Count, read.Count);
        for (var i = 0; i < incidents.Count; i++)
        {
            AssertSame(incidents[i], read[i].Incident!);
        }
    }

    private static void AssertSame(Incident expected, Incident actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Grade, actual.Grade);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Place, actual.Place);
        Assert.Equal(expected.Belligerents, actual.Belligerents);
        Assert.Equal(expected.Killed, actual.Killed);
        Assert.Equal(expected.Injured, actual.Injured);
        Assert.Equal(expected.ClaimCount, actual.ClaimCount);
        Assert.Equal(expected.DocumentCount, actual.DocumentCount);
        Assert.Equal(expected.Sources, actual.Sources);
    }
}
