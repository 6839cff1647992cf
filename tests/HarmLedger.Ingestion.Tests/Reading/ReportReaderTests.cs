using System.Text;
using HarmLedger.Ingestion.Reading;

namespace HarmLedger.Ingestion.Tests.Reading;

public sealed class ReportReaderTests
{
    private readonly ReportReader _reader = new(new ReaderOptions(MaxBytes: 1000));

    [Fact]
    public void Read_EmptyBytes_FailsAsEmpty()
    {
        var ex = Assert.Throws<ReportReadException>(() => _reader.Read([], "text"));

        Assert.Equal("empty file", ex.Message);
    }

    [Fact]
    public void Read_BytesWithNul_FailsAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        var ex = Assert.Throws<ReportReadException>(() => _reader.Read(png, "text"));

        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_FailsNamingTheByte()
    {
        byte[] latin1 = [.. "Caf"u8, 0xE9, .. " bombed"u8];

        var ex = Assert.Throws<ReportReadException>(() => _reader.Read(latin1, "text"));

        Assert.Contains("not valid UTF-8 (at byte 3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverTheLimit_FailsAsTooLarge()
    {
        var big = Encoding.UTF8.GetBytes(new string('a', 1001));

        var ex = Assert.Throws<ReportReadException>(() => _reader.Read(big, "text"));

        Assert.Contains("too large", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextWithBomAndCrLf_NormalisesLineBreaksAndDropsBom()
    {
        byte[] raw = [0xEF, 0xBB, 0xBF, .. "Line one\r\nLine two\r\n"u8];

        var report = _reader.Read(raw, "text");

        Assert.Equal("Line one\nLine two", report.Text);
    }

    [Fact]
    public void Read_HtmlWithOnlyScripts_FailsAsHavingNoText()
    {
        var raw = "<html><body><script>alert(1)</script></body></html>"u8.ToArray();

        var ex = Assert.Throws<ReportReadException>(() => _reader.Read(raw, "html"));

        Assert.Equal("no text in the report", ex.Message);
    }
}
