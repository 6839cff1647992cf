using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class FigureRuleTests
{
    [Theory]
    [InlineData("The strike killed 1,953 civilians in the town.", 1953)]
    [InlineData("Seventy-two civilians were killed in the raid.", 72)]
    [InlineData("Two hundred civilians were killed in the raid.", 200)]
    [InlineData("A dozen civilians were killed in the raid.", 12)]
    [InlineData("The shelling killed one thousand five hundred civilians.", 1500)]
    [InlineData("The raid killed 7 civilians.", 7)]
    [InlineData("The offensive killed 1\u00A0200 civilians.", 1200)]
    [InlineData("The offensive killed 3\u202F450 civilians.", 3450)]
    [InlineData("The offensive killed half a dozen civilians.", 6)]
    public void Extract_ExactFigure_ReadsDigitsSeparatorsAndNumberWords(string text, int expected)
    {
        var killed = Extract.Killed(text, VictimCategory.Civilians);

        Assert.Equal(FigureRange.Exactly(expected), killed);
    }

    [Theory]
    [InlineData("Between 20 and 30 civilians were killed.", 20, 30)]
    [InlineData("The strike killed 3–7 civilians.", 3, 7)]
    [InlineData("The strike killed 20 to 25 civilians.", 20, 25)]
    [InlineData("The strike killed between four and five civilians.", 4, 5)]
    [InlineData("The strike killed 20\u201125 civilians.", 20, 25)]
    public void Extract_Range_ReadsBothBounds(string text, int min, int max)
    {
        var killed = Extract.Killed(text, VictimCategory.Civilians);

        Assert.Equal(new FigureRange(min, max), killed);
    }

    [Theory]
    [InlineData("At least 12 civilians were killed.", 12, null)]
    [InlineData("More than 40 civilians were killed.", 41, null)]
    [InlineData("Over 4,000 civilians were killed, at a minimum.", 4000, null)]
    [InlineData("Up to 10 civilians were killed.", 1, 10)]
    [InlineData("Nearly 100 civilians were killed.", 90, 100)]
    [InlineData("Some 30 civilians were killed.", 30, 30)]
    public void Extract_Bound_SetsOnlyTheStatedSide(string text, int min, int? max)
    {
        var killed = Extract.Killed(text, VictimCategory.Civilians);

        Assert.Equal(new FigureRange(min, max), killed);
    }

    [Theory]
    [InlineData("Dozens of civilians were killed.", 24, null)]
    [InlineData("Scores of civilians were killed.", 40, null)]
    [InlineData("Several civilians were killed.", 3, 9)]
    [InlineData("A number of civilians were killed.", 2, null)]
    [InlineData("Hundreds of civilians were killed.", 200, null)]
    public void Extract_VagueQuantifier_UsesTheDefaultTable(string text, int min, int? max)
    {
        var killed = Extract.Killed(text, VictimCategory.Civilians);

        Assert.Equal(new FigureRange(min, max), killed);
    }

    [Fact]
    public void Extract_OthersWithoutNumber_CountsTwoAsAirwarsDoes()
    {
        var claim = Extract.Incident("The strike killed 3 civilians and injured others.");

        Assert.Equal(FigureRange.Exactly(2), claim.Injured?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("A 36-year-old man was killed in the strike in 2014.")]
    [InlineData("An 11 year-old girl was killed in the strike.")]
    public void Extract_AgesAndYears_AreNotCounts(string text)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(1), killed);
    }

    [Fact]
    public void Extract_NumbersWithoutHarm_YieldNoClaim()
    {
        var text = "Turkey will field a force of 1,500 to 2,000 militiamen along an 85-km stretch, with over 5,000 troops now deployed.";

        var claims = Extract.Claims(text);

        Assert.Empty(claims);
    }

    [Fact]
    public void Extract_KillingThatWasAuthorised_IsNoToll()
    {
        var claims = Extract.Claims("A magazine later reported that the army had authorised the killing of up to 300 civilians to reach the commander.");

        Assert.DoesNotContain(claims, c => c.Killed?[VictimCategory.Civilians] is not null);
    }

    [Fact]
    public void Extract_RangeOfAMeasure_IsNoCount()
    {
        var claim = Extract.Incident("Three civilians were killed 5 to 10 km from the border.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("At least 27 and up to 30 civilians were killed in the strike.", 27, 30)]
    [InlineData("The strike killed at least 9, and up to 15, people.", 9, 15)]
    public void Extract_AtLeastAndUpTo_IsOneRange(string text, int min, int max)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(new FigureRange(min, max), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_InAdditionToOthersInjured_KeepsTheFigureBeforeItKilled()
    {
        var claim = Extract.Incident("The strike killed at least 16 children, in addition to dozens of others injured.");

        Assert.Equal(FigureRange.AtLeast(16), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(24, claim.Injured?[VictimCategory.Total]?.Min);
    }

    [Theory]
    [InlineData("Up to four civilians, including two women and a child, were killed in the strike.", 3, 4)]
    [InlineData("Up to two civilians, including three children, were killed in the strike.", 1, 2)]
    public void Extract_UpToWithABreakdown_HasTheBreakdownAsItsMin(string text, int min, int max)
    {
        // The second breakdown outgrows the max: one of the figures is misread, and the max is kept as told.
        var claim = Extract.Incident(text);

        Assert.Equal(new FigureRange(min, max), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_BreakdownInAnotherSentence_SetsNoFloorUnderAnotherToll()
    {
        const string Text = "Between one and four civilians were killed in the strike. A relative said three children and a woman had been killed.";

        var claim = Extract.Incident(Text);

        Assert.Equal(1, claim.Killed?[VictimCategory.Civilians]?.Min);
    }

    [Theory]
    [InlineData("The strike killed 21 members of the family, including 14 children, and up to 30 civilians.", 21, 30)]
    [InlineData("The strike killed 21 people, among them two soldiers, and up to 30 civilians.", 1, 30)]
    public void Extract_UpToCiviliansBesideAStatedToll_TakesTheTollAsMinUnlessCombatantsAreCounted(string text, int min, int max)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(new FigureRange(min, max), claim.Killed?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("Between 2 and 4 civilians were killed in the strike.", 2, 4)]
    [InlineData("Between two and four civilians were killed in the strike.", 2, 4)]
    public void Extract_RangeOpeningTheSentence_IsOneRangeNotAListOfNames(string text, int min, int max)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(new FigureRange(min, max), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_DeathsOfSomeoneElseLaterInTheSentence_DoNotCountTheMourners()
    {
        const string Text = "Two people were killed in the strike. Many more relatives and friends took to social media to mourn the deaths of Omar Saleh and his wife.";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Six people were killed in the strike. Others on social media honoured those killed with photographs.", 6)]
    [InlineData("Six people were killed in the strike and others were killed later in the day.", 8)]
    public void Extract_BareOthers_TakesOnlyAHarmWordRightAfterIt(string text, int total)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(total, claim.Killed?[VictimCategory.Total]?.Min);
    }

    [Theory]
    [InlineData("An elderly man, Omar Saleh (78), was injured in his home, and later died from his injuries.")]
    [InlineData("A farmer was wounded in the shelling and subsequently died of his wounds.")]
    [InlineData("A child was injured by the blast and succumbed to her injuries in hospital.")]
    public void Extract_InjuredPersonWhoLaterDied_IsKilled(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Total]);
        Assert.Null(claim.Injured);
    }

    [Fact]
    public void Extract_DiedOfTheirWounds_IsKilled()
    {
        var claim = Extract.Incident("Two men later died of their wounds in hospital.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_OneCivilianDeath_IsOneKilled()
    {
        var claim = Extract.Incident("According to one source, there was one civilian death and two civilians injured.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(2), claim.Injured?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("Omar Saleh was killed in the strike. Many family members and friends mourned his death on social media.")]
    [InlineData("Omar Saleh was killed in the strike. Friends posted messages after his death, including cousins Sami Haddad, Adam Haddad and Lina Haddad.")]
    public void Extract_MournersOfSomeonesDeath_AreNotKilled(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_InjuredOrKilled_CountsAsNeither()
    {
        var claims = Extract.Claims("An airstrike hit the market. It is unclear whether the footage shows injured or killed civilians.");

        Assert.DoesNotContain(claims, c => c.Killed?[VictimCategory.Civilians] is not null || c.Injured?[VictimCategory.Civilians] is not null);
    }

    [Theory]
    [InlineData("Counselor Omar Haddad, along with 15 family members, including three women and ten children, were killed.", 16)]
    [InlineData("Omar Haddad, together with three relatives, was killed in the strike.", 4)]
    [InlineData("Later, along with 15 family members, the house was destroyed and 15 people were killed.", 15)]
    public void Extract_NamedPersonAlongWithAFigure_IsOneMore(string text, int total)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(total), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_ChildrenCountedBeyondAStatedTotal_RaiseTheTotalsMin()
    {
        // Five children were killed, so no fewer than five people died, whatever the lower report says.
        const string Text = "Five children from the Saleh family were killed in the airstrike. A relative reported that four were killed.";

        var claim = Extract.Incident(Text);

        Assert.Equal(5, claim.Killed?[VictimCategory.Total]?.Min);
    }

    [Fact]
    public void Extract_PeopleSingledOutElsewhere_SetNoFloorUnderTheTotal()
    {
        const string Text = "The strike killed up to 10 members of the family, including five children and three women. " +
                            "Omar Saleh was killed together with his wife.";

        var claim = Extract.Incident(Text);

        Assert.Equal(8, claim.Killed?[VictimCategory.Total]?.Min);
    }

    [Fact]
    public void Extract_TollInQuotes_IsRead()
    {
        var claim = Extract.Incident("The strike hit the market. A local journalist updated the death toll to “25” by the evening.");

        Assert.Equal(FigureRange.Exactly(25), claim.Killed?[VictimCategory.Total]);
    }
    [Fact]
    public void Extract_NumberWrittenAgainInDigits_IsOneFigure()
    {
        var claim = Extract.Incident("The command's assessment is that the airstrike killed four (4) terrorists.");

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Combatants]);
    }
}
