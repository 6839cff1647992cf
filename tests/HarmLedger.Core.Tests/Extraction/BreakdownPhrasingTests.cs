using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

/// <summary>Breakdowns told in the ways wire and monitor reports word them.</summary>
public sealed class BreakdownPhrasingTests
{
    [Theory]
    [InlineData("Two gunmen and a four-year-old boy were among the 12 people killed in the raid.", 12, 1)]
    [InlineData("A woman and her two small sons were among seven people killed when the shell struck.", 7, 2)]
    public void Extract_GroupsWereAmongAToll_ArePartOfIt(string text, int total, int children)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(total), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(children), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("At least 16 passengers were killed. The dead included three women and a baby.")]
    [InlineData("At least 16 passengers were killed. The victims included three women and a toddler.")]
    public void Extract_TheDeadIncludedGroups_BreaksAnOpenTollDownWithoutClosingIt(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(new FigureRange(16, null), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("More than 30 people were killed. Airwars has so far identified 19 of the victims by name, among them eight children and five women.", 31, null)]
    [InlineData("The strike killed between 11 and 13 civilians. Monitors identified the names of nine victims, including eight children and five women.", 11, 13)]
    public void Extract_IdentifiedVictimsWithABreakdown_BreakTheTollDownWithoutReplacingIt(string text, int min, int? max)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(new FigureRange(min, max), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(8), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_KinGroupListedAfterAPart_IsAPartBeforeTheNextHarm()
    {
        var claim = Extract.Incident("At least nine people were killed, among them a mother and her three children, and 14 others wounded.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(14), claim.Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_BracketOfItemsAfterAToll_IsItsBreakdown()
    {
        var claim = Extract.Incident("22 fatalities (13 people from the cattle camps and 9 raiders, per the county commissioner).");

        Assert.Equal(FigureRange.Exactly(22), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Combatants]);
    }

    [Theory]
    [InlineData("A suicide bomber rammed a checkpoint, killing six police officers. The bomber also died in the blast.", 7)]
    [InlineData("Gunmen attacked a bus, killing 5 passengers. The attacker was killed by guards.", 6)]
    [InlineData("A suicide bomber blew himself up at a market, killing seven people.", 7)]
    public void Extract_AttackersOwnDeathToldApart_AddsOne(string text, int total)
    {
        Assert.Equal(FigureRange.Exactly(total), Extract.Killed(text, VictimCategory.Total));
    }

    [Theory]
    [InlineData("The shelling killed 13 people, five of whom were children.")]
    [InlineData("Thirteen people, five of whom were children, died in the shelling.")]
    public void Extract_OfWhomWereChildren_BreaksTheTollDown(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(13), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_OfThoseKilledOpeningASentence_BreaksTheTollDown()
    {
        var claim = Extract.Incident("Eighteen civilians died in the bombardment of the market. Of those killed, six were children and four were women.");

        Assert.Equal(FigureRange.Exactly(18), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_UncountedItemBetweenCueAndFigure_KeepsTheBreakdown()
    {
        var claim = Extract.Incident("Gunmen killed 11 villagers, among them a priest and three children.");

        Assert.Equal(FigureRange.Exactly(11), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("Four members of one family - a grandmother, her daughter-in-law and two ten-month-old twins - were killed.")]
    [InlineData("Four members of one family – a grandmother, her daughter-in-law and two ten-month-old twins – were killed.")]
    public void Extract_DashListOfKinAndInfants_BreaksTheFamilyDown(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("Rockets hit a street on Wednesday, killing four members of one family — a father, a mother and their two daughters aged 6 and 11 — health officials said.")]
    [InlineData("Rockets hit a street on Wednesday, killing four members of one family - a father, a mother and their two daughters aged 6 and 11 - health officials said.")]
    public void Extract_DashListAfterTheHarmWord_BreaksTheFamilyDownOnce(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_AssailantsAlsoKilled_AddToTheToll()
    {
        var killed = Extract.Killed("Insurgents overran the outpost, killing 9 gendarmes. Three assailants were also killed.", VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(12), killed);
    }

    [Theory]
    [InlineData("The shelling killed two ten-year-old boys.")]
    [InlineData("The shelling killed two six-month-old babies.")]
    public void Extract_CountBeforeAnAgeInWords_CountsChildren(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("The shelling killed a farmer and his daughter, 8, and wounded his wife.")]
    [InlineData("An elderly man and his granddaughter, 8, were killed in the shelling.")]
    public void Extract_BareNumberBetweenCommasAfterAPerson_IsAnAge(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("Troops shot dead Karim Nasser near the checkpoint.")]
    [InlineData("Gunmen killed Karim Nasser, a village elder, on Sunday.")]
    public void Extract_NamedObjectOfTheAttackers_IsTheOnlyDead(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Total]);
        Assert.Null(claim.Killed?[VictimCategory.Combatants]);
    }

    [Theory]
    [InlineData("Six civilians, four men and two women, were killed in the raid.", 6, 2)]
    [InlineData("The raid killed two civilians, a woman and her teenage son.", 2, 1)]
    public void Extract_PartsRightAfterTheCountedNoun_BreakItDown(string text, int civilians, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(civilians), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(women), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_CountsOfOtherSidesAfterAComma_StillAddUp()
    {
        var killed = Extract.Killed("The ambush killed 4 soldiers, 2 civilians and 3 police.", VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(9), killed);
    }
}
