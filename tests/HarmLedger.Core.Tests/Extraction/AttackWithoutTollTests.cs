using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class AttackWithoutTollTests
{
    [Theory]
    [InlineData("On 4 May 2021, rebels fired rockets on the police station of Zarin town. It is unclear if there were casualties.", "rocket")]
    [InlineData("On 4 May 2021, soldiers 'suffered casualties' following an attack by rebels near Zarin.", null)]
    [InlineData("On 4 May 2021, 1 guard was killed or wounded by a sniper in Zarin.", "gunfire")]
    [InlineData("On 4 May 2021, rebels and the army clashed in Zarin. Casualties unknown.", null)]
    public void Extract_AttackWithNoToll_GivesOneIncidentWithNullFigures(string text, string? weapon)
    {
        var claims = Extract.Claims(text, new DateOnly(2021, 5, 5));

        var incident = Assert.Single(claims);
        Assert.Equal(ClaimKind.Incident, incident.Kind);
        Assert.Null(incident.Killed);
        Assert.Equal(weapon, incident.Weapon);
        Assert.Equal(new DateOnly(2021, 5, 4), incident.Date.Start);
    }

    [Fact]
    public void Extract_AttackWithNoToll_TakesThePlaceOfItsSentence()
    {
        var town = new Place("Zarin", "Qasr", "AF", 33.6, 69.2, PlacePrecision.Town, 11);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(town), ExtractionOptions.Default);

        var claims = extractor.Extract("Rebels fired missiles on the police headquarters of Zarin city.", null, null).Claims;

        Assert.Equal(town, Assert.Single(claims).Place);
    }

    [Theory]
    [InlineData("Hundreds held a protest in Zarin against the attack on the market.")]
    [InlineData("Non-violent activity: 40 prisoners were freed by police from a rebel prison in Zarin.")]
    [InlineData("Police arrested 3 men suspected of planning an attack in Zarin.")]
    public void Extract_PeacefulEvent_GivesAnIncidentWithNoFigures(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Null(claim.Killed);
        Assert.Null(claim.Injured);
    }

    [Fact]
    public void Extract_DatedProtest_KeepsItsDate()
    {
        var claim = Extract.Incident("On 2 March 2020, dozens held a protest in Kabul to support the president's decision.");

        Assert.Equal(new DateOnly(2020, 3, 2), claim.Date.Start);
        Assert.Null(claim.Killed);
    }

    [Fact]
    public void Extract_AttackWithAToll_GivesNoExtraIncident()
    {
        var claims = Extract.Claims("Rebels attacked a checkpoint in Zarin, killing 3 soldiers. The attack lasted an hour.");

        var incident = Assert.Single(claims);
        Assert.Equal(FigureRange.Exactly(3), incident.Killed?[VictimCategory.Total]);
    }
}
