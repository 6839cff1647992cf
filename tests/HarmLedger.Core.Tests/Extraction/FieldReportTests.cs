using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

/// <summary>Phrasings from conflicts' own reporting: dataset notes, monitors' daily reports, wire copy.</summary>
public sealed class FieldReportTests
{
    [Fact]
    public void Extract_SideLostFighters_CountsThemDeadWithTheOtherSide()
    {
        var claim = Extract.Incident("Taliban militants attacked a checkpoint. 4 ANP were killed and 3 wounded. The Taliban lost 6 fighters.");

        Assert.Equal(FigureRange.Exactly(10), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(10), claim.Killed?[VictimCategory.Combatants]);
    }

    [Fact]
    public void Extract_LostHomes_IsNoDeath()
    {
        Assert.DoesNotContain(Extract.Claims("The village lost 30 homes and 2 schools in the shelling."), c => c.Killed is not null);
    }

    [Theory]
    [InlineData("Gunmen attacked a post, killing 2 VDP members. 3 attackers were neutralised.", 5)]
    [InlineData("Militants killed 3 ANA soldiers and 2 civilians.", 3)]
    public void Extract_SecurityForceAcronym_IsCombatants(string text, int combatants)
    {
        Assert.Equal(FigureRange.Exactly(combatants), Extract.Killed(text, VictimCategory.Combatants));
    }

    [Fact]
    public void Extract_GivenNameLikeAnAcronym_IsNoCombatant()
    {
        var claim = Extract.Incident("The shelling killed Ana and her son.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Null(claim.Killed?[VictimCategory.Combatants]);
    }

    [Fact]
    public void Extract_NameWithAgeOpeningAFamilyList_CountsTheNamedPerson()
    {
        Assert.Equal(FigureRange.Exactly(2), Extract.Killed("The shelling killed Karim, 34, and his son.", VictimCategory.Total));
    }

    [Fact]
    public void Extract_SeveralUncountedItemsAfterIncluding_KeepTheBreakdown()
    {
        var text = "Seven aid workers, including a dual US-Canadian citizen, a Palestinian and three British nationals, were killed.";

        Assert.Equal(FigureRange.Exactly(7), Extract.Killed(text, VictimCategory.Total));
    }

    [Theory]
    [InlineData("The death toll from Saturday's Houthi missile and drone attack on a petrol station in Marib city rose to 21.", 21)]
    [InlineData("The death toll from an air strike on a town hall meeting in Murzuq on Sunday has risen to 43, the council said.", 43)]
    [InlineData("The final death toll from the airstrike on the trauma centre in the early hours of 3 October had risen to 42.", 42)]
    public void Extract_LongTollPhraseBeforeRoseTo_ReadsTheToll(string text, int total)
    {
        Assert.Equal(FigureRange.Exactly(total), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_TollFollowedByColonAndItsParts_KeepsTheTollAndBreaksItDown()
    {
        var claim = Extract.Incident("MSF said the death toll had risen to 42: 24 patients, 14 staff members and four caretakers.");

        Assert.Equal(FigureRange.Exactly(42), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(38), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_ClockTime_IsNoToll()
    {
        Assert.Equal(FigureRange.Exactly(3), Extract.Killed("At 10:30 a bomb killed 3 people.", VictimCategory.Total));
    }

    [Fact]
    public void Extract_ListedFigureWithItsOwnHarmWord_IsNoPartOfTheBreakdown()
    {
        var claim = Extract.Incident("Nine people were killed, including three women and six children, and 30 civilians were wounded.");

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Total]);
        Assert.Null(claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(30), claim.Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_CasualtiesLabelWithBracketedBreakdowns_GivesEachHarmItsChildren()
    {
        var claim = Extract.Incident("Casualties: 51 killed (40 of them children), 79 wounded (56 of them children).");

        Assert.Equal(FigureRange.Exactly(40), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(56), claim.Injured?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_DashedBreakdownBeforeTheInjured_BelongsToTheDead()
    {
        var claim = Extract.Incident("Officials said eleven people were killed — among them a deputy governor and two children — and dozens wounded.");

        Assert.Equal(FigureRange.Exactly(11), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Null(claim.Injured?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("She said she had lost at least 33 family members in Gaza since the Israeli bombardment began.")]
    [InlineData("In March 2025, at least 164 civilians were killed and 910 injured in Ukraine.")]
    [InlineData("SNHR said it had documented the killing of 167 civilians in Syria in March 2021.")]
    [InlineData("SNHR: 94 Civilians, Including 17 Children, Documented Killed in Syria in March 2024")]
    [InlineData("At least 164 civilians were killed and 996 injured in Ukraine in October, according to verified information.")]
    [InlineData("ACLED records more than 1,200 reported fatalities from political violence in August.")]
    [InlineData("August was one of the deadliest months for civilians this year, with 184 killed, it said.")]
    [InlineData("The Observatory says more than 350,000 people have been killed in Syria's seven-year war.")]
    public void Extract_CountOverAWarOrAPeriod_IsATally(string text)
    {
        var claims = Extract.Claims(text, new DateOnly(2025, 4, 10));

        Assert.Contains(claims, c => c.Kind == ClaimKind.Tally);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Incident);
    }

    [Fact]
    public void Extract_ASeparateStrike_IsAnotherIncident()
    {
        var claims = Extract.Claims("Air strikes killed 22 children and four women fleeing fighting on Friday. A separate strike nearby killed four more children.");

        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.Incident));
    }

    [Theory]
    [InlineData("The strike killed 30 people, the deadliest since the war began.")]
    [InlineData("In March 2025, a missile strike on Sumy killed 35 people.")]
    [InlineData("Police recorded the names of 12 people killed when gunmen attacked the market on 3 October.")]
    [InlineData("Nearly 100 civilians were killed when jihadists attacked villages on Saturday, in one of the deadliest attacks this year.")]
    [InlineData("Two car bombs exploded outside mosques, killing 42 people in the deadliest bombing in the country since the civil war ended.")]
    public void Extract_AttackComparedOrDatedByMonth_IsAnIncident(string text)
    {
        Assert.Contains(Extract.Claims(text, new DateOnly(2025, 4, 10)), c => c.Kind == ClaimKind.Incident);
    }

    [Theory]
    [InlineData("Fighters attacked the town on Tuesday night, setting fire to houses. No lives were lost, the chairman said.")]
    [InlineData("The shell hit an empty school; there was no loss of life.")]
    public void Extract_NoLivesLost_IsAZeroToll(string text)
    {
        Assert.Equal(FigureRange.Exactly(0), Extract.Killed(text, VictimCategory.Total));
    }

    [Theory]
    [InlineData("Troops repelled the attack, killing 17 of the insurgents. Two soldiers paid the supreme price and four were wounded.", 19)]
    [InlineData("Troops killed 8 militants; two soldiers, having fought gallantly, embraced shahadat.", 10)]
    public void Extract_ArmysWordsForItsDead_CountWithTheEnemyDead(string text, int total)
    {
        Assert.Equal(FigureRange.Exactly(total), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_BodiesBeforeAnInjuryWord_AreDead()
    {
        var claim = Extract.Incident("The agency said 85 bodies had been buried so far and 66 people were being treated for injuries.");

        // (Buried "so far": a floor. The "so far" is not the wounded's, after "and".)
        Assert.Equal(FigureRange.AtLeast(85), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(66), claim.Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_ShareOfTheDead_CountsNoOne()
    {
        var claim = Extract.Incident("A drone killed 30 villagers. Residents said most of the dead were women and children.");

        Assert.Equal(FigureRange.Exactly(30), claim.Killed?[VictimCategory.Total]);
        Assert.Null(claim.Killed?[VictimCategory.Women]);
        Assert.Null(claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_VagueShareOfTheWounded_AddsNoInjured()
    {
        var claim = Extract.Incident("The attack killed nine civilians and wounded 20 others. A number of the wounded are in critical condition.");

        Assert.Equal(FigureRange.Exactly(20), claim.Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_LabelColonBeforeTheFirstFigure_IsNoBreakdown()
    {
        var claim = Extract.Incident("Police and the local hospital: 9 dead, among them 4 children and 3 women.");

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_BarePluralOpeningTheText_IsRead()
    {
        Assert.Equal(FigureRange.Exactly(9), Extract.Killed("Gunmen killed nine people, including a police officer, in an attack on a bus.", VictimCategory.Total));
    }

    [Theory]
    [InlineData("SAMARRA 12-Oct-2007. A US air strike on a house killed 9 people.", 2007, 10, 12)]
    [InlineData("Baghdad: 3 killed by roadside bomb in Dora. Date: 13 Sep 2006. Time: approx. 08:15.", 2006, 9, 13)]
    public void Extract_DatelineOrLabelledDate_DatesTheIncident(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Extract.Incident(text, new DateOnly(2007, 12, 1)).Date.Start);
    }

    [Fact]
    public void Extract_NumberKilledRisenToAfterALongSubject_ReadsTheToll()
    {
        var text = "The number of people confirmed killed in Tuesday's military air strike on a crowd gathered for the opening of a local " +
                   "administration office in Pazigyi village, Kanbalu Township, Sagaing Region, has risen to at least 133, including at least 20 children.";

        Assert.Equal(133, Extract.Killed(text, VictimCategory.Total)?.Min);
        Assert.Equal(20, Extract.Killed(text, VictimCategory.Children)?.Min);
    }

    [Fact]
    public void Extract_LabelBeforeAMonthsDead_IsATally()
    {
        var claims = Extract.Claims("HRMMU: In March 2025, at least 164 civilians were killed and 910 injured in Ukraine.", new DateOnly(2025, 4, 10));

        Assert.Contains(claims, c => c.Kind == ClaimKind.Tally);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Incident);
    }

    [Fact]
    public void Extract_AgesInWordsAfterAged_AreNoCount()
    {
        var claim = Extract.Incident("A shell killed a woman and her two daughters, aged five and 11, a local official said.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("The doctor said 55 wounded people had been admitted.", 55)]
    [InlineData("The hospital received 40 injured civilians.", 40)]
    public void Extract_HarmAsTheNounsAdjective_GivesTheHarm(string text, int injured)
    {
        Assert.Equal(FigureRange.Exactly(injured), Extract.Incident(text).Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_LabelWithRecorded_NamesTheHarm()
    {
        var claim = Extract.Incident("Two bombers struck the pilgrims. Deaths recorded: 93-120 (bombers excluded). Injured: over 150.");

        Assert.Equal(new FigureRange(93, 120), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(150, claim.Injured?[VictimCategory.Total]?.Min);
    }

    [Fact]
    public void Extract_ShareOfTheDeadSaidToBeCivilians_BreaksTheTollDown()
    {
        var claim = Extract.Incident("The Center recorded 27 deaths in the province today. 18 of the dead are civilians, among them six children and four women.");

        Assert.Equal(FigureRange.Exactly(27), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(18), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_AmongTheDeadBeforeTheToll_IsItsBreakdown()
    {
        var claim = Extract.Incident("Among the dead were 12 children and seven women, the ministry said, bringing the toll from Thursday's strikes to 45.");

        Assert.Equal(FigureRange.Exactly(45), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(12), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_NamedPeopleBeforeWhoWereKilled_CountsEach()
    {
        var claim = Extract.Incident("The mission spoke to relatives of Vira, 67, and her son Oleksandr, 42, who were killed when a drone hit their house.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_TollRoseOnALaterDay_DatesTheAttackNotTheCount()
    {
        var text = "The death toll from a Russian drone strike on an apartment building in Odesa rose to 10 on Sunday, officials said. " +
                   "The drone hit the building in the early hours of Saturday.";

        Assert.Equal(new DateOnly(2024, 3, 2), Extract.Incident(text, new DateOnly(2024, 3, 3)).Date.Start);
    }

    [Theory]
    [InlineData("At least 11,743 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022, the mission said.")]
    [InlineData("The United Nations has verified more than 12,300 civilian deaths in Ukraine since Russia launched its full-scale invasion.")]
    [InlineData("Strikes have killed 2,790 people since the start of hostilities. More than 12,700 people have been wounded over the same period.")]
    public void Extract_CountSinceAnInvasionOrOverTheSamePeriod_IsATally(string text)
    {
        Assert.DoesNotContain(Extract.Claims(text, new DateOnly(2024, 10, 29)), c => c.Kind == ClaimKind.Incident);
    }

    [Fact]
    public void Extract_KillingGivenAsTheMotive_IsNotThisAttacksToll()
    {
        var text = "Militants attacked the village, killing 70 civilians, reportedly in reprisal for the killing of two fighters by a self-defence group.";

        Assert.Equal(FigureRange.Exactly(70), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_UnknownSingularNounInABreakdownList_StaysInTheBreakdown()
    {
        var claim = Extract.Incident("8 people were killed, including 1 civilian, 1 escaped inmate and 5 gunmen.");

        Assert.Equal(FigureRange.Exactly(8), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Eight people were killed, including 2 boys and 3 girls.", 5)]
    [InlineData("21 people were killed, including 11 children (five boys and six girls) and five women.", 11)]
    [InlineData("Eight people were killed, including 4 children, 2 of them girls.", 4)]
    public void Extract_PartsOfOneCategoryInABreakdown_AddUpOnlyWhenSideBySide(string text, int children)
    {
        Assert.Equal(FigureRange.Exactly(children), Extract.Killed(text, VictimCategory.Children));
    }

    [Fact]
    public void Extract_PeopleWhoHadBeenKilled_AreDeadNotTheInjuredBeforeThem()
    {
        var claim = Extract.Incident("Sources said 20 injured victims, as well as seven who had been killed, were taken to the hospital.");

        Assert.Equal(FigureRange.Exactly(7), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(20), claim.Injured?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Between three and seven civilians were killed when the strike hit a house. Activists said seven people died.", 3, 7)]
    [InlineData("The Civil Defence said 11 civilians were killed in the raids. Local activists reported 17 deaths.", 11, 17)]
    [InlineData("Twenty people were killed, 12 of them civilians.", 20, 20)]
    [InlineData("Twenty people were killed. Residents said 12 civilians and 8 fighters were among them.", 20, 20)]
    [InlineData("A bomber blew herself up at the market, killing herself and 2 civilians.", 3, 3)]
    [InlineData("Airstrikes killed between 6 and 11 civilians. SNHR documented six deaths.", 6, 11)]
    [InlineData("The initial toll of four killed later rose to six civilians, among them a child.", 6, 6)]
    public void Extract_CiviliansCountedBySeparateSource_LowerTheTollsMin(string text, int min, int max)
    {
        Assert.Equal(new FigureRange(min, max), Extract.Killed(text, VictimCategory.Total));
    }

    [Theory]
    [InlineData("The strike killed 3 people and wounded 10 others. The hospital said it treated 12 wounded.", 10, 12)]
    [InlineData("A US strike killed one civilian and injured two others. AFRICOM said the strike resulted in the death of a civilian and injured two others.", 2, 2)]
    [InlineData("The strike killed 3 people and wounded 2 others, and 4 more were wounded in a second blast.", 6, 6)]
    public void Extract_OthersBesideAnotherHarm_AreAnotherCountOfTheirOwnHarm(string text, int min, int max)
    {
        Assert.Equal(new FigureRange(min, max), Extract.Incident(text).Injured?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Gunmen stormed the town late on Saturday, killing 21 residents, a local government official said on Monday.", 21, null)]
    [InlineData("A drone strike killed at least 26 people and wounded 55, a hospital official and a resident told Reuters.", 26, 55)]
    [InlineData("Five people were killed in the strike. Two others were said to have been injured.", 5, 2)]
    public void Extract_PeopleWhoTellOfTheDead_AreNotAmongThem(string text, int killed, int? injured)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(killed, claim.Killed?[VictimCategory.Total]?.Min);
        Assert.Equal(injured, claim.Injured?[VictimCategory.Total]?.Min);
    }

    [Fact]
    public void Extract_PeopleARelativeClauseSaysWereKilled_AreCounted()
    {
        var claim = Extract.Incident("A post showed the bodies of six children who they said were killed in the strike.");

        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("MSF said at least 25 civilians were killed, including nine members of its medical staff, and 11 others injured.")]
    [InlineData("At least 25 civilians were killed, including nine members of staff, and 11 others were injured.")]
    public void Extract_PeopleIncludedByAPlainNoun_BelongToTheTollNotToTheNextHarm(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(25, claim.Killed?[VictimCategory.Total]?.Min);
        Assert.Equal(FigureRange.Exactly(11), claim.Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_FightersAndFamilyAddingUpToTheToll_TheFamilyAreTheCivilians()
    {
        var claim = Extract.Incident("Militants ambushed the convoy, killing the commanding officer, his wife, their six-year-old son and four soldiers.");

        Assert.Equal(FigureRange.Exactly(7), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("Nine people - seven soldiers and two police officers - were killed when the convoy was ambushed.", 9)]
    [InlineData("RAIPUR (PTI) - Eight soldiers were killed when the convoy was ambushed.", 8)]
    public void Extract_FiguresBetweenDashesAfterTheirPeople_BreakTheTollDown(string text, int total)
    {
        Assert.Equal(FigureRange.Exactly(total), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_AgeAfterAKinWordAndAName_IsThatPersonsAge()
    {
        var claim = Extract.Incident("The strike killed Hussein Shreif, 52, his wife Zeinab, 47, and their son Ali, 15.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_OpenCivilianCountBesideAToll_IsBoundedByTheToll()
    {
        var claim = Extract.Incident("Airstrikes hit a bakery, killing at least 12 civilians, a local media centre said. Another outlet reported 20 deaths.");

        Assert.Equal(new FigureRange(12, 20), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_OpenCivilianCountBesideFighters_StaysOpen()
    {
        var claim = Extract.Incident("The strike killed at least 12 civilians and 3 fighters, 15 people in all.");

        Assert.Null(claim.Killed?[VictimCategory.Civilians]?.Max);
    }
}
