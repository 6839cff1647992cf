namespace HarmLedger.Core.Tests.Extraction;

public sealed class AttributionTests
{
    [Theory]
    [InlineData("According to the Syrian Network for Human Rights, 9 civilians were killed.", "Syrian Network for Human Rights")]
    [InlineData("“The strike killed 9 civilians,” reported Halab24, a local news site.", "Halab24")]
    [InlineData("The Observatory for Human Rights (OHR) said 9 civilians were killed.", "OHR")]
    [InlineData("Ukrainian officials said 21 people were killed when shells hit a school.", "Ukrainian officials")]
    [InlineData("Halab24, a monitor that tracks reports of deaths in strikes, said 40 civilians were killed in the raid.", "Halab24")]
    public void Extract_NamedSource_IsTheAttribution(string text, string source)
    {
        var claim = Extract.Incident(text);

        Assert.Equal([source], claim.Attribution);
    }

    [Theory]
    [InlineData("Eight civilians, five of them children, were killed when a shell hit a market on Sunday, police said.", "police")]
    [InlineData("A missile strike on a block of flats killed 14 people, regional governor Oleh Kiper said on Tuesday.", "regional governor Oleh Kiper")]
    [InlineData("Two soldiers and a civilian were killed in clashes late on Sunday, Niger's defence ministry said.", "Niger's defence ministry")]
    [InlineData("The coalition struck the district on March 17, where local officials say 20 civilians were killed.", "local officials")]
    [InlineData("At least 58 people were killed in the attack on the town, a monitoring group said.", "monitoring group")]
    public void Extract_SpeakerClosingTheSentence_IsTheAttribution(string text, string source)
    {
        var claim = Extract.Incident(text);

        Assert.Equal([source], claim.Attribution);
    }

    [Theory]
    [InlineData("No one was hurt when two rockets struck an empty field, the army said.", "army")]
    [InlineData("Initially, Halab24 reported 4 civilians killed.", "Halab24")]
    public void Extract_SentenceOpeningWord_IsNoSource(string text, string source)
    {
        var claim = Extract.Incident(text);

        Assert.Equal([source], claim.Attribution);
    }

    [Fact]
    public void Extract_PronounSpeaker_RefersToTheSourceNamedBefore()
    {
        var text = "Halab24 reported that the strike hit a market. “Nine civilians were killed,” he said.";

        var claim = Extract.Incident(text);

        Assert.Equal(["Halab24"], claim.Attribution);
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
