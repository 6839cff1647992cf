using HarmLedger.Csv;

namespace HarmLedger.Core.Tests.Csv;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void ReadAll_QuotedFieldsWithCommasQuotesAndNewlines_UnquotesThem()
    {
        var text = "a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n";

        var records = new CsvRecordReader(new StringReader(text)).ReadAll().ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "x, \"y\"", "two\nlines"], records[1].Fields);
    }

    [Fact]
    public void ReadAll_RecordAfterMultiLineField_StartsOnItsPhysicalLine()
    {
        var text = "h\n\"one\ntwo\nthree\"\nnext\n";

        var records = new CsvRecordReader(new StringReader(text)).ReadAll().ToList();

        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void ReadAll_BlankLines_AreSkippedButCounted()
    {
        var text = "a\r\n\r\n\r\nb";

        var records = new CsvRecordReader(new StringReader(text)).ReadAll().ToList();

        Assert.Equal([1, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void Read_Spans_PointAtTheFieldContentInTheRawText()
    {
        var record = new CsvRecordReader(new StringReader("7,\"said \"\"no\"\"\",plain")).Read()!;

        var texts = record.Spans.Select(s => record.Text[s.Start..s.End]).ToList();

        Assert.Equal(["7", "said \"\"no\"\"", "plain"], texts);
    }

    [Fact]
    public void Read_FieldOverTheLimit_BecomesAnErrorAndReadingGoesOn()
    {
        var text = "short,\"" + new string('x', 50) + "\"\nnext,row\n";
        var reader = new CsvRecordReader(new StringReader(text), new CsvLimits(MaxFieldChars: 10));

        var records = reader.ReadAll().ToList();

        Assert.Contains("longer than 10", records[0].Error, StringComparison.Ordinal);
        Assert.Equal(["next", "row"], records[1].Fields);
    }

    [Fact]
    public void Read_UnclosedQuote_ReportsTheLineItOpenedOn()
    {
        var record = new CsvRecordReader(new StringReader("a\n\"never closes\nmore")).ReadAll().Last();

        Assert.Contains("line 2", record.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void IsHashtagRow_HxlRow_IsRecognised()
    {
        var record = new CsvRecordReader(new StringReader(",#date+year,,#geo+lat")).Read()!;

        var isTags = CsvHeader.IsHashtagRow(record);

        Assert.True(isTags);
    }

    [Fact]
    public void CsvHeader_ByteOrderMarkAndCase_AreIgnored()
    {
        var header = new CsvHeader(new CsvRecordReader(new StringReader("\uFEFFId, Name ")).Read()!);

        var missing = header.Missing(["id", "NAME", "lat"]);

        Assert.Equal(["lat"], missing);
    }

    [Fact]
    public void ReadAll_CarriageReturnLineEndsAndCrLfInsideQuotes_CountLinesOnce()
    {
        var text = "a\r\"x\r\ny\"\rb\r\nc";

        var records = new CsvRecordReader(new StringReader(text)).ReadAll().ToList();

        Assert.Equal([1, 2, 4, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void Read_RecordOverTheLimit_IsAnErrorWithItsTextCut()
    {
        var text = new string('y', 100) + ",z\nnext\n";
        var reader = new CsvRecordReader(new StringReader(text), new CsvLimits(MaxRecordChars: 30));

        var records = reader.ReadAll().ToList();

        Assert.Contains("longer than 30", records[0].Error, StringComparison.Ordinal);
        Assert.Equal(30, records[0].Text.Length);
        Assert.Equal(["next"], records[1].Fields);
    }
}
