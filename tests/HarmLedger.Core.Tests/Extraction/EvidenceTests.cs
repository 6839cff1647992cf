namespace HarmLedger.Core.Tests.Extraction;

public sealed class EvidenceTests
{
    [Theory]
    [InlineData("Résumé — “quoted” text first. The strike killed 1,953 civilians.", "1,953")]
    [InlineData("Officials said at least 12 soldiers were killed.", "at least 12")]
    [InlineData("A strike killed dozens of civilians.", "dozens of civilians")]
    public void Extract_Evidence_PointsAtTheFigureInTheText(string text, string figure)
    {
        var claim = Extract.Incident(text);

        var span = Assert.Single(claim.Evidence);
        Assert.Equal(span.Text, text[span.Start..span.End]);
        Assert.Contains(figure, span.Text, StringComparison.Ordinal);
    }
}
