namespace HarmLedger.Core.Tests.Extraction;

public sealed class AttributionTests
{
    [Theory]
    [InlineData("According to the Syrian Network for Human Rights, 9 civilians were killed.", "Syrian Network for Human Rights")]
    [InlineData("“The strike killed 9 civilians,” reported Halab24, a local news site.", "Halab24")]
    [InlineData("The Observatory for Human Rights (OHR) said 9 civilians were killed.", "OHR")]
    public void Extract_NamedSource_IsTheAttribution(string text, string source)
    {
        var claim = Extract.Incident(text);

        Assert.Equal([source], claim.Attribution);
    }

    [Fact]
    public void Extract_TheSite_RefersToTheSourceNamedBefore()
    {
        var text = "“The strike caused heavy losses,” reported Raqqa24, a news site. The site put the civilian death toll at 15.";

        var claim = Extract.Incident(text);

        Assert.Equal(["Raqqa24"], claim.Attribution);
    }

    [Fact]
    public void Extract_NoSourceInText_FallsBackToThePublisher()
    {
        var extractor = new HarmLedger.Extraction.RuleBasedExtractor(new FakePlaceResolver(), HarmLedger.Extraction.ExtractionOptions.Default);

        var claim = Assert.Single(extractor.Extract("An airstrike killed 3 civilians.", null, "Daily Outlet").Claims);

        Assert.Equal(["Daily Outlet"], claim.Attribution);
    }
}
