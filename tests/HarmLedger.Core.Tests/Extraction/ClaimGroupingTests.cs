using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class ClaimGroupingTests
{
    [Theory]
    [InlineData("The monitor has recorded 1,953 civilians killed by US airstrikes in Syria.")]
    [InlineData("Since the start of the war, 500 civilians have been killed in the province.")]
    [InlineData("So far this year, 80 civilians were killed by drone strikes.")]
    [InlineData("The death toll from the campaign has risen to 300.")]
    [InlineData("The family has said goodbye to more than 15 martyrs since the battle began.")]
    [InlineData("Since October 7, 40 members of the family have been killed.")]
    [InlineData("The monitor recorded 2,392 civilian deaths from violence in 2019.")]
    [InlineData("Over the past month, 120 civilians were killed in air strikes on the province.")]
    [InlineData("She was the eighth of 40 journalists killed in the conflict.")]
    [InlineData("The rights office has verified 10,582 civilian deaths in the country since February 2022.")]
    [InlineData("At least 2,000 people have been killed in the region since 2014.")]
    [InlineData("In 2023, the mission documented 900 civilians killed.")]
    [InlineData("A total of 5,248 people have been killed by the junta since the attempted coup.")]
    [InlineData("According to the United Nations, 2,640 civilians were killed in the country in the first nine months of the year.")]
    [InlineData("The group's six-year insurgency has killed more than 13,000 people.")]
    [InlineData("The army's campaign in the north has killed more than 3,700 people, the ministry says.")]
    [InlineData("Fighting around the capital has killed more than 1,000 people, including 140 civilians.")]
    [InlineData("More than 600 civilians have been killed in the city since its liberation.")]
    [InlineData("The groups have waged an insurgency in the region for 15 years that has killed more than 40,000 people.")]
    [InlineData("More than 3,000 civilians were killed in October alone, according to ministry figures.")]
    public void Extract_CumulativeCount_IsATally(string text)
    {
        var claims = Extract.Claims(text);

        Assert.Equal(ClaimKind.Tally, Assert.Single(claims).Kind);
    }

    [Theory]
    [InlineData("The monitor recorded 4 civilians killed in the strike on 3 March 2019.")]
    [InlineData("A strike in 2019 killed 4 civilians in the village.")]
    [InlineData("Strikes on the city killed 42 people, the deadliest day of the conflict so far.")]
    [InlineData("There are 6 martyrs so far after the strike on the bakery.")]
    [InlineData("The death toll from the bombing has risen to 35, including 12 children, SOHR said.")]
    [InlineData("The shelling has killed 12 people in the market, medics said.")]
    [InlineData("The strike, the deadliest since the war began, has killed 20 people.")]
    public void Extract_OneStrikeWithADate_IsAnIncident(string text)
    {
        var claims = Extract.Claims(text);

        Assert.Equal(ClaimKind.Incident, Assert.Single(claims).Kind);
    }

    [Fact]
    public void Extract_OneStrike_IsAnIncident()
    {
        var claims = Extract.Claims("An airstrike killed 4 civilians in the village on Monday.");

        Assert.Equal(ClaimKind.Incident, Assert.Single(claims).Kind);
    }

    [Fact]
    public void Extract_TwoIncidents_GiveOneClaimEach()
    {
        var text = "An airstrike killed 4 civilians in the village. In a separate strike, 6 civilians were killed near the market.";

        var claims = Extract.Claims(text);

        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.Incident));
        Assert.Contains(claims, c => c.Killed?[VictimCategory.Civilians] == FigureRange.Exactly(6));
    }

    [Fact]
    public void Extract_SameIncidentTwice_MergesVagueMinWithExactMax()
    {
        var text = "A strike killed dozens of civilians near the town. The site put the civilian death toll at 70.";

        var claim = Extract.Incident(text);

        Assert.Equal(new FigureRange(24, 70), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_SmallerFigureAfterTheToll_IsASubsetNotANewMinimum()
    {
        var text = "At least 18 members of the family were killed in the strike. Relatives named 4 of the victims killed.";

        var claim = Extract.Incident(text);

        Assert.Equal(18, claim.Killed?[VictimCategory.Total]?.Min);
    }

    [Fact]
    public void Extract_BelligerentAdmitsStrike_IsAnAcknowledgement()
    {
        var text = "A US strike killed 5 civilians. A spokesman for the US military admitted that US warplanes had conducted airstrikes in the area.";

        var claims = Extract.Claims(text);

        var ack = Assert.Single(claims, c => c.Kind == ClaimKind.Acknowledgement);
        Assert.Equal("United States", ack.Perpetrator);
    }

    [Fact]
    public void Extract_AnotherSourceTellingOfMoreDead_IsTheSameIncident()
    {
        const string Text = "An airstrike on the house killed 12 civilians. In another Facebook post, a cousin mourned the death of two more relatives.";

        Assert.Single(Extract.Claims(Text), c => c.Kind == ClaimKind.Incident);
    }

    [Fact]
    public void Extract_AnotherStrike_IsAnotherIncident()
    {
        const string Text = "An airstrike on the house killed 12 civilians. In another strike, two farmers were killed near the border.";

        Assert.Equal(2, Extract.Claims(Text).Count(c => c.Kind == ClaimKind.Incident));
    }

    [Fact]
    public void Extract_AttackAddedToARunningCount_GivesAnIncidentAndATally()
    {
        const string Text = "Warplanes killed 7 civilians in the town on Sunday, bringing the number of civilians killed in the province this month to 112.";

        var claims = Extract.Claims(Text);

        Assert.Equal(FigureRange.Exactly(7), Assert.Single(claims, c => c.Kind == ClaimKind.Incident).Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(112), Assert.Single(claims, c => c.Kind == ClaimKind.Tally).Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("An injured man died in hospital, bringing the toll from Sunday's strike to 12.")]
    [InlineData("A wounded woman died on Monday, raising the toll to 12.")]
    public void Extract_DeathThatRaisesTheToll_IsTheAttacksToll(string text)
    {
        var claim = Assert.Single(Extract.Claims(text));

        Assert.Equal(ClaimKind.Incident, claim.Kind);
        Assert.Equal(FigureRange.Exactly(12), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("From 1 March to 30 April, the mission recorded 210 civilians killed and 480 injured.")]
    [InlineData("Between 1 January and 31 May, the monitor documented 96 civilian deaths in the province.")]
    public void Extract_CountOverAPeriodOfTwoDates_IsATally(string text)
    {
        var claims = Extract.Claims(text);

        Assert.Equal(ClaimKind.Tally, Assert.Single(claims).Kind);
    }

    [Fact]
    public void Extract_MonitorDocumentingOneMorningsDead_IsAnIncident()
    {
        var claims = Extract.Claims("The observatory has documented the deaths of two children in shelling on the town this morning.");

        Assert.Equal(ClaimKind.Incident, Assert.Single(claims).Kind);
    }

    [Fact]
    public void Extract_TallyWordsInsideARunningCount_LeaveTheAttackAnIncident()
    {
        const string Text = "Saturday's shelling of the town killed four civilians, bringing to 312 the number of civilians killed there since 2014.";

        var claims = Extract.Claims(Text, new DateOnly(2019, 3, 10));

        Assert.Equal(FigureRange.Exactly(4), Assert.Single(claims, c => c.Kind == ClaimKind.Incident).Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_BelligerentAdmitsHarm_IsAnAcknowledgementWithTheHarmAdmitted()
    {
        var claims = Extract.Claims("AFRICOM conceded that an airstrike near Jilib had killed one civilian and injured three others.");

        var ack = Assert.Single(claims, c => c.Kind == ClaimKind.Acknowledgement);
        Assert.Equal("United States", ack.Perpetrator);
        Assert.Equal(FigureRange.Exactly(1), ack.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(3), ack.Injured?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), Assert.Single(claims, c => c.Kind == ClaimKind.Incident).Killed?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("Israel's military said it struck a Hamas command centre in the building.", "Israel")]
    [InlineData("Coalition aircraft bombed the hall. The coalition's investigators later admitted the strike was a mistake.", "United States")]
    [InlineData("Saudi-led coalition aircraft bombed the hall, killing 140 people. The coalition's investigators later admitted the strike was a mistake.", "Saudi-led coalition")]
    public void Extract_BelligerentNamedAsTheSubject_IsWhoAcknowledges(string text, string belligerent)
    {
        Assert.Equal(belligerent, Assert.Single(Extract.Claims(text), c => c.Kind == ClaimKind.Acknowledgement).Perpetrator);
    }

    [Fact]
    public void Extract_AnotherPartyConfirmingTheDead_AcknowledgesNothing()
    {
        const string Text = "Russian shelling killed at least 10 civilians in Chernihiv. The US State Department confirmed that a US citizen was among the dead.";

        Assert.DoesNotContain(Extract.Claims(Text), c => c.Kind == ClaimKind.Acknowledgement);
    }

    [Fact]
    public void Extract_BelligerentReferredToByItsKind_Acknowledges()
    {
        const string Text = "AFRICOM conducted an airstrike near El Buur. A year later, the command admitted that the strike had also killed two civilians.";

        var ack = Assert.Single(Extract.Claims(Text), c => c.Kind == ClaimKind.Acknowledgement);

        Assert.Equal("United States", ack.Perpetrator);
        Assert.Equal(FigureRange.Exactly(2), ack.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_HarmABelligerentAdmitsAfterALargerToll_LowersTheIncidentsMin()
    {
        const string Text = "Residents said seven civilians were killed when a coalition strike hit their home. " +
                            "CJTF-OIR later acknowledged that three civilians were killed in the strike.";

        var incident = Assert.Single(Extract.Claims(Text), c => c.Kind == ClaimKind.Incident);

        Assert.Equal(new FigureRange(3, 7), incident.Killed?[VictimCategory.Civilians]);
    }
    [Fact]
    public void Extract_SentenceOpeningOnANeighbouringPlace_IsAnotherIncident()
    {
        var claims = Extract.Claims(
            "Drones struck the port city early on Wednesday, killing three civilians.\n\nIn the neighbouring Kherson region, shelling killed a 68-year-old man.");

        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.Incident));
    }

    [Fact]
    public void Extract_NeighbouringHouseInsideASentence_IsTheSameIncident()
    {
        var claims = Extract.Claims("A strike killed three civilians. Debris in the neighbouring house killed a 68-year-old man.");

        Assert.Single(claims, c => c.Kind == ClaimKind.Incident);
    }
}
