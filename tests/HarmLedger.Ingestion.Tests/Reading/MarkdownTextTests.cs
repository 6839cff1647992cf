using HarmLedger.Ingestion.Reading;

namespace HarmLedger.Ingestion.Tests.Reading;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("# Strike in Idlib", "Strike in Idlib")]
    [InlineData("According to [the monitor](https://example.org), 5 died.", "According to the monitor, 5 died.")]
    [InlineData("**At least** 12 killed", "At least 12 killed")]
    [InlineData("![photo of rubble](img.png) Rubble", "photo of rubble Rubble")]
    public void Read_Markup_BecomesTheProseAReaderSees(string markdown, string expected)
    {
        var text = MarkdownText.Read(markdown);

        Assert.Equal(expected, text);
    }
}
