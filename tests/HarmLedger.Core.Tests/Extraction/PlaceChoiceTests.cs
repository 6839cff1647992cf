using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class PlaceChoiceTests
{
    private static readonly Place Town = new("Mayadin", "Deir ez-Zor", "SY", 35.02, 40.45, PlacePrecision.Town, 169113);
    private static readonly Place Province = new("Deir ez-Zor", null, "SY", 35.3, 40.1, PlacePrecision.Province, 170792);
    private static readonly Place Country = new("Syria", null, "SY", 35.0, 38.0, PlacePrecision.Country, 163843);

    [Fact]
    public void Extract_TownAndProvinceInSentence_ChoosesTheTown()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(Town, Province, Country), ExtractionOptions.Default);

        var claims = extractor.Extract("In Syria, a strike killed 4 civilians near Mayadin in Deir ez-Zor province.", null, null).Claims;

        Assert.Equal(Town, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_PlaceOnlyInEarlierSentence_UsesTheParagraph()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(Town), ExtractionOptions.Default);

        var claims = extractor.Extract("Jets struck Mayadin at dawn. The strike killed 4 civilians.", null, null).Claims;

        Assert.Equal(Town, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_NoPlaceFound_IsNull()
    {
        var claims = Extract.Claims("The strike killed 4 civilians.");

        Assert.Null(Assert.Single(claims).Place);
    }
}
