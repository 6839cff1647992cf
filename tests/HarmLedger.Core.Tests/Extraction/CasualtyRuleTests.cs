using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class CasualtyRuleTests
{
    [Theory]
    [InlineData("No one was killed in the strike.")]
    [InlineData("Nobody was hurt when the shell landed.")]
    [InlineData("There were no casualties.")]
    [InlineData("No civilians were killed.")]
    [InlineData("The strike did not cause any casualties, the army said.")]
    [InlineData("The shelling did not result in any deaths.")]
    public void Extract_Negation_GivesAZeroTotal(string text)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(0), killed);
    }

    [Theory]
    [InlineData("Twenty aid workers and civilians were killed when the convoy was hit.", 20)]
    [InlineData("Five soldiers and civilians were killed in the shelling.", 5)]
    [InlineData("The strike killed 3 militants and civilians.", 3)]
    public void Extract_PluralJoinedToANumberedNoun_SharesItsFigure(string text, int total)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(total), killed);
    }

    [Theory]
    [InlineData("A drone strike killed four members of a family, a man, his wife and their two daughters, in the district.")]
    [InlineData("A drone strike killed four members of one family: a man, his wife and their two daughters.")]
    [InlineData("A drone strike killed four people, a man, his wife and their two daughters.")]
    public void Extract_PeopleListedAfterTheirCount_AreNotCountedAgain(string text)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(4), killed);
    }

    [Fact]
    public void Extract_CountFollowedByCategories_IsBrokenDown()
    {
        var claim = Extract.Incident("The strike killed three members of the family – two women and a child – at their home.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_TollWithLongSubject_IsKilled()
    {
        var killed = Extract.Killed("The death toll from Saturday's missile strike on an apartment building in the city rose to 30 on Sunday.", VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(30), killed);
    }

    [Theory]
    [InlineData("Half a dozen civilians were killed and two dozen wounded.", 6)]
    [InlineData("The strike killed a family of six, including four children.", 6)]
    [InlineData("The bodies of 14 men were found in a ditch after the attack on the village.", 14)]
    [InlineData("14 bodies were pulled from the rubble of the house.", 14)]
    public void Extract_CountOfTheDead_IsKilled(string text, int total)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(total), killed);
    }

    [Fact]
    public void Extract_TollRevisedDown_LowersTheMin()
    {
        var text = "Gunmen killed 95 people in the village on Sunday night, local officials said. The government later revised the toll down to 35.";

        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(new FigureRange(35, 95), killed);
    }

    [Fact]
    public void Extract_SmallerFigureAfterTheToll_IsASubset()
    {
        var text = "Gunmen killed 95 people in the village on Sunday night. The bodies of 9 of the victims were buried on Monday.";

        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(95), killed);
    }

    [Theory]
    [InlineData("Residents feared that dozens could be killed if the fighting spread to the town.")]
    [InlineData("The militants tried to kill 3 officials at the checkpoint.")]
    [InlineData("A strike on the dam could kill hundreds of people downstream.")]
    public void Extract_HarmFearedOrAttempted_IsNoToll(string text)
    {
        var claims = Extract.Claims(text);

        Assert.All(claims, c => Assert.Null(c.Killed));
    }

    [Theory]
    [InlineData("He survived an assassination attempt that killed his driver.", 1)]
    [InlineData("Gunmen killed a village chief in the market. No further fatalities were reported.", 1)]
    [InlineData("Up to 20 people may have been killed in the raid.", 20)]
    [InlineData("Gunmen ambushed and killed the director of the traffic police department.", 1)]
    [InlineData("Soldiers shot and killed a Taliban suicide bomber before he carried out his attack.", 1)]
    public void Extract_PersonNounOrHedgedReport_IsCounted(string text, int most)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(most, killed?.Max);
    }

    [Fact]
    public void Extract_LabelledFigures_AreKilledAndInjured()
    {
        var claim = Extract.Incident("Dead: 3; injured: 10.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(10), claim.Injured?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("A drone struck a car near the town.\nCivilians killed: 4", 4, 4)]
    [InlineData("A drone struck a car, killing three people.\nCivilians killed: 1", 3, 1)]
    [InlineData("Airstrikes brought down a building, killing at least 42 people.\nCivilians reported killed: 42-44", 42, 42)]
    public void Extract_LabelNamingItsPeople_CountsThemAsAShareOfTheDead(string text, int totalMin, int civiliansMin)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(totalMin, claim.Killed?[VictimCategory.Total]?.Min);
        Assert.Equal(civiliansMin, claim.Killed?[VictimCategory.Civilians]?.Min);
    }

    [Fact]
    public void Extract_CivilianFieldWhereNoOneCountsFighters_BoundsAnOpenToll()
    {
        var claim = Extract.Incident("Airstrikes brought down a building, killing at least 42 people.\nCivilians reported killed: 42-44");

        Assert.Equal(new FigureRange(42, 44), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(new FigureRange(42, 44), claim.Killed?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("Killed: 20+", 20)]
    [InlineData("The strike killed 20+ people.", 20)]
    public void Extract_PlusAfterTheNumber_LeavesTheMaxOpen(string text, int min)
    {
        Assert.Equal(FigureRange.AtLeast(min), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_LabelledTollWithBreakdown_IsNotABreakdownItself()
    {
        var claim = Extract.Incident("Death toll: 12 (including 4 children).");

        Assert.Equal(FigureRange.Exactly(12), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_NumbersSaidToBeOfACategory_BreakTheTollDown()
    {
        var claim = Extract.Incident("Of the 17 dead, 11 were children and four were women.");

        Assert.Equal(FigureRange.Exactly(17), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(11), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_NarrowerGroupListedAfterAnotherPart_IsAPartToo()
    {
        var claim = Extract.Incident("The bomb killed at least 79 people, among them 16 students and two Turkish nationals.");

        Assert.Equal(new FigureRange(79, null), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("The strike killed 12 pupils at the school.", VictimCategory.Children)]
    [InlineData("The strike killed 12 protesters in the square.", VictimCategory.Civilians)]
    [InlineData("The strike killed 12 fishermen at the harbour.", VictimCategory.Civilians)]
    public void Extract_GroupNoun_GivesItsCategory(string text, VictimCategory category)
    {
        var killed = Extract.Killed(text, category);

        Assert.Equal(FigureRange.Exactly(12), killed);
    }

    [Fact]
    public void Extract_PluralOfItsOwn_IsAtLeastTwo()
    {
        var claim = Extract.Incident("Five soldiers were killed, and civilians were killed as well.");

        Assert.Equal(new FigureRange(7, null), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(new FigureRange(2, null), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_BreakdownWithIncluding_IsNotAddedToTheTotal()
    {
        var claim = Extract.Incident("The strike killed 12 civilians, including 5 children and 3 women.");

        Assert.Equal(FigureRange.Exactly(12), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(12), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_BreakdownInBrackets_IsNotAddedToTheTotal()
    {
        var claim = Extract.Incident("The strike killed 5 civilians (2 children, 3 women).");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_KilledAndInjured_AreKeptApart()
    {
        var claim = Extract.Incident("The drone strike killed 3 civilians and wounded 7 others.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(7), claim.Injured?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("3 soldiers were wounded.", false)]
    [InlineData("3 soldiers were killed.", true)]
    [InlineData("Four policemen were hurt in the blast.", false)]
    public void Extract_HarmWord_DecidesKilledOrInjured(string text, bool killed)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(killed, claim.Killed is not null);
        Assert.Equal(!killed, claim.Injured is not null);
    }

    [Fact]
    public void Extract_VictimNounQualifyingAThing_IsNoPerson()
    {
        var claim = Extract.Incident("A woman and her two children were killed when a US airstrike hit a house. In its quarterly civilian " +
                                     "casualty assessment, published six weeks later, AFRICOM acknowledged that a woman and two children were killed.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Theory]
    [InlineData("The army said 3 of its soldiers were killed in the attack.", 3)]
    [InlineData("Hezbollah later announced the deaths of three of its fighters.", 3)]
    [InlineData("The army said it \"neutralised\" 40 militants near the town.", 40)]
    public void Extract_FightersOfItsOwnOrInQuotes_AreCounted(string text, int fighters)
    {
        Assert.Equal(FigureRange.Exactly(fighters), Extract.Killed(text, VictimCategory.Combatants));
    }

    [Fact]
    public void Extract_PasserBy_IsACivilian()
    {
        var claim = Extract.Incident("A drone strike hit a car, killing a Hamas official and a passer-by.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("Airstrikes hit a village, killing at least 25 people and possibly as many as 40, residents said.")]
    [InlineData("Airstrikes killed at least 25 people, and perhaps up to 40.")]
    public void Extract_AtLeastAndAHedgedUpperBoundAfterTheNoun_IsARange(string text)
    {
        Assert.Equal(new FigureRange(25, 40), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_AgesInBracketsAfterNames_AreNoCounts()
    {
        var claim = Extract.Incident("An airstrike killed Mohammed Khalil, 52, his two sons Ahmad (14) and Omar (9), and his daughter Raghad (6).");

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_AgesInBracketsInAListOfIdentifiedVictims_AreNoCounts()
    {
        var claim = Extract.Incident("Between four and eight civilians were killed. Airwars identified the names of four victims: Umm Khaled, 37, " +
                                     "and her children Khaled (12), Sara (8) and Abdullah (4).");

        Assert.Equal(new FigureRange(4, 8), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_HackingToDeathBeforeTheVictims_Kills()
    {
        Assert.Equal(FigureRange.Exactly(7), Extract.Killed("Militants raided a settlement at night, hacking to death 7 civilians.", VictimCategory.Total));
    }

    [Fact]
    public void Extract_PeopleSingledOutAfterATwoWordHarm_AreCiviliansTogether()
    {
        var claim = Extract.Incident("Gunmen shot dead the imam of a local mosque and his 15-year-old son as they left prayers.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_StatesFighterInACoordinatedClauseAndAttackersLater_AddUp()
    {
        var claim = Extract.Incident("A siege killed 10 civilians and a police officer, police said. Security forces killed all four attackers.");

        Assert.Equal(FigureRange.Exactly(15), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Combatants]);
    }

    [Fact]
    public void Extract_FighterListedAfterACivilianTollsPart_IsNoPartOfIt()
    {
        var claim = Extract.Incident("Militiamen attacked the neighbourhood, killing at least 17 civilians, among them 4 women, and one peacekeeper.");

        Assert.Equal(FigureRange.AtLeast(18), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Combatants]);
    }

    [Theory]
    [InlineData("Insurgents shot dead a Buddhist rubber tapper, Pan Kaewmanee (54), and his daughter-in-law Somjit (27).", 2)]
    [InlineData("Gunmen shot dead a grocer, Ali Hussein, 35, and his brother Kadhim, 28.", 2)]
    public void Extract_PersonNamedByATradeNoLexiconKnows_IsOne(string text, int total)
    {
        Assert.Equal(FigureRange.Exactly(total), Extract.Killed(text, VictimCategory.Total));
    }

    [Theory]
    [InlineData("A U.S. strike hit the office of Al Jazeera, killing correspondent Tareq Ayyoub.")]
    [InlineData("An Israeli strike killed journalist Issam Abdallah near the border.")]
    public void Extract_TitleBetweenTheHarmWordAndTheName_IsOnePerson(string text)
    {
        Assert.Equal(FigureRange.Exactly(1), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_CiviliansAlsoKilledAfterAToll_AreAPartNotAnotherSourcesToll()
    {
        var claim = Extract.Incident("Five people were killed when a jet bombed the settlement. Two farmers were also killed.");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("18 security personnel and 2 civilians were killed. The army said more than 30 Maoists were killed in the fighting.", 51)]
    [InlineData("The strike targeted two Hamas operatives, both of whom were eliminated. Four uninvolved civilians were also killed.", 6)]
    public void Extract_ArmedGroupsDeadToldApart_AddUp(string text, int min)
    {
        Assert.Equal(min, Extract.Killed(text, VictimCategory.Total)?.Min);
    }

    [Fact]
    public void Extract_WithoutSayingHowManyDied_IsNoZeroNorAVagueCount()
    {
        var claim = Extract.Incident("A drone strike killed a commander and others travelling with him, officials said, without saying how many died.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_ItsOccupants_AreItsDead()
    {
        Assert.Equal(FigureRange.Exactly(2), Extract.Killed("An Israeli drone struck a car, killing its two occupants.", VictimCategory.Total));
    }

    [Fact]
    public void Extract_ArticleAfterAHarmWordBeforeNoPerson_CountsNoOne()
    {
        Assert.DoesNotContain(Extract.Claims("Gunmen killed a lot, and then fled."), c => c.Killed is not null);
    }

    [Fact]
    public void Extract_CiviliansAndCombatants_TotalIsTheirSum()
    {
        var claim = Extract.Incident("3 civilians and 2 soldiers were killed in the clash.");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Combatants]);
    }

    [Theory]
    [InlineData("12 Taliban militants were killed.")]
    [InlineData("The attack killed 12 fighters.")]
    [InlineData("12 security personnel were killed.")]
    [InlineData("12 policemen were killed at the checkpoint.")]
    [InlineData("12 PMF members were killed when an IED hit their vehicle.")]
    [InlineData("The strike killed 12 Hezbollah members.")]
    public void Extract_Fighters_CountAsCombatants(string text)
    {
        var killed = Extract.Killed(text, VictimCategory.Combatants);

        Assert.Equal(FigureRange.Exactly(12), killed);
    }

    [Theory]
    [InlineData("Seven soldiers and two assailants were killed. 9 fatalities.", 9)]
    [InlineData("Troops neutralised 15 terrorists near the town.", 15)]
    [InlineData("5 gang members were killed and 2 soldiers wounded.", 5)]
    public void Extract_FightersAreTheWholeToll_NoCivilianIsAmongTheDead(string text, int fighters)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(fighters), claim.Killed?[VictimCategory.Combatants]);
        Assert.Equal(FigureRange.Exactly(0), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_OpenTollAllFighters_NoCivilianIsAmongTheDead()
    {
        var claim = Extract.Incident("23 soldiers were killed. The army said dozens of the assailants were also killed.");

        Assert.Equal(FigureRange.AtLeast(47), claim.Killed?[VictimCategory.Combatants]);
        Assert.Equal(FigureRange.Exactly(0), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_AnimalsKilled_AreNoPeople()
    {
        var claim = Extract.Incident("Forces fired on the outskirts of the town, killing about 30 sheep and wounding a shepherd.");

        Assert.Null(claim.Killed);
    }

    [Fact]
    public void Extract_PeopleBuried_AreDead()
    {
        var claim = Extract.Incident("Relatives buried Umm Ahmad al-Hamdan, 40, and three of her sons, aged five, nine and thirteen, on Monday.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("A mortar round landed in a crowded market, 5 dead (including 2 army soldiers buying food), 19 wounded.", 3)]
    [InlineData("Twin bombs at the cathedral killed 23 people, including 5 soldiers.", 18)]
    public void Extract_FightersATollIncludes_LeaveTheRestCivilians(string text, int civilians)
    {
        Assert.Equal(FigureRange.Exactly(civilians), Extract.Killed(text, VictimCategory.Civilians));
    }

    [Fact]
    public void Extract_CivilianAndFighterSingledOutMakingTheToll_BreakItDown()
    {
        var claim = Extract.Incident("A sticky bomb exploded near the council building, killing a policeman and a civilian passer-by and wounding four. Deaths recorded: 2.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Combatants]);
    }

    [Fact]
    public void Extract_FighterATollIncludesByName_IsAPart()
    {
        var claim = Extract.Incident("Gunmen killed nine people, including a police officer, in an attack on a bus.");

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Combatants]);
        Assert.Equal(FigureRange.Exactly(8), claim.Killed?[VictimCategory.Civilians]);
    }

    [Theory]
    [InlineData("At least 12 people were killed, among them 3 soldiers.")]
    [InlineData("At least 12 people died in the clashes, including 3 soldiers.")]
    public void Extract_FightersPartOfAnOpenToll_CiviliansStayUntold(string text)
    {
        Assert.Null(Extract.Killed(text, VictimCategory.Civilians));
    }

    [Fact]
    public void Extract_KilledOrWounded_IsNotCountedAsKilled()
    {
        var claim = Extract.Claims("1 policeman was killed or wounded by a sniper.");

        Assert.DoesNotContain(claim, c => c.Killed is not null);
    }

    [Fact]
    public void Extract_CoderStatedFigure_OverridesTheText()
    {
        var claim = Extract.Incident("3 soldiers were killed in an ambush. Fatalities coded as 0 (the outlet reported 3 fatalities).");

        Assert.Equal(FigureRange.Exactly(0), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_AlsoKilled_AddsToTheToll()
    {
        var claim = Extract.Incident("2 policemen were killed in the ambush. Officials said 6 militants were also killed.");

        Assert.Equal(FigureRange.Exactly(8), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_BreakdownThenInjuredFigure_BreakdownStaysWithTheKilled()
    {
        const string Text = "At least 27 civilians were killed, among them 9 children and 6 women, and 14 others were wounded.";

        var claim = Extract.Incident(Text);

        Assert.Equal(new FigureRange(9, 9), claim.Killed![VictimCategory.Children]);
        Assert.Equal(new FigureRange(6, 6), claim.Killed![VictimCategory.Women]);
        Assert.Equal(new FigureRange(14, 14), claim.Injured![VictimCategory.Total]);
        Assert.Null(claim.Injured![VictimCategory.Children]);
    }

    [Fact]
    public void Extract_PartOfWhomWereChildren_BreaksTheTollDown()
    {
        var claim = Extract.Incident("The attack killed 9 people, 6 of whom were children.");

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("The dead included a pregnant woman and her two children.", 3)]
    [InlineData("The victims were three women, two men and a child, the ministry said.", 6)]
    [InlineData("Those killed include four soldiers and a driver.", 5)]
    public void Extract_TheDeadIncludedOrWere_CountsThePeopleNamed(string text, int killed)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(killed), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_TheInjuredIncluded_CountsInjuredNotKilled()
    {
        var claim = Extract.Incident("A shell hit the market. The injured included two children.");

        Assert.Null(claim.Killed);
        Assert.Equal(FigureRange.Exactly(2), claim.Injured?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("The blast killed 4 people and wounded 23 others, including 6 children.")]
    [InlineData("The blast killed 4 people. 23 others were wounded, including 6 children.")]
    public void Extract_OthersOfAnotherHarm_AreThatHarmsTollWithItsBreakdown(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(23), claim.Injured?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(6), claim.Injured?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_OthersInjuredToldBySecondSource_AreNotAddedAgain()
    {
        const string Text = "On Monday, 18 civilians were killed and 23 others were injured in a strike on the house. " +
                            "A news agency reported that 11 people were killed and that 23 others were injured.";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(23), claim.Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_PersonThenOthersAlsoKilled_AddUp()
    {
        var claim = Extract.Incident("Omar Haddad was killed in the strike. Two others were also killed.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("None of the 40 passengers was hurt when the shell hit the bus.")]
    [InlineData("None of the 12 people inside the house were killed, the police said.")]
    public void Extract_NoneOfTheCountedPeople_IsZero(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(0), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Militants beheaded two herders near the village.", 2)]
    [InlineData("Gunmen gunned down a journalist outside his home.", 1)]
    [InlineData("Three traders were stabbed to death at the market.", 3)]
    [InlineData("Unknown men murdered 4 villagers overnight.", 4)]
    [InlineData("The army said it neutralised 7 terrorists near the border.", 7)]
    public void Extract_OtherWordsForKilling_AreKilled(string text, int total)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(total), killed);
    }

    [Theory]
    [InlineData("A 35-year-old mother of four was killed in the shelling.")]
    [InlineData("A father of three children was killed in the shelling.")]
    public void Extract_ParentOfN_CountsOnlyTheParent(string text)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(1), killed);
    }

    [Fact]
    public void Extract_NationalsJoinedToAnotherGroup_AddUp()
    {
        var killed = Extract.Killed("At least 40 Iraqis and 3 US soldiers were killed in the bombing.", VictimCategory.Total);

        Assert.Equal(FigureRange.AtLeast(43), killed);
    }

    [Theory]
    [InlineData("A suicide bomber blew himself up at the gate, killing himself and three guards.", 4)]
    [InlineData("The gunman killed himself after shooting 5 people dead.", 6)]
    [InlineData("The gunman killed himself.", 1)]
    public void Extract_AttackerKillingHimself_IsOneOfTheDead(string text, int total)
    {
        var killed = Extract.Killed(text, VictimCategory.Total);

        Assert.Equal(FigureRange.Exactly(total), killed);
    }

    [Theory]
    [InlineData("Taliban attacked a checkpoint, killing 4 soldiers. The army said 6 Taliban fighters were killed.", 10)]
    [InlineData("Two soldiers and a civilian were killed in clashes, the ministry said, adding that 15 assailants were neutralised.", 18)]
    public void Extract_OpposingSidesDead_AddUp(string text, int total)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(total), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_OneSidesDeadToldTwice_AreNotAdded()
    {
        var claim = Extract.Incident("Five militants were killed in the clash. Five militants died, officials said.");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Gunmen killed 3 members of the security forces near the town.", 3)]
    [InlineData("Militants killed 4 members of a local militia.", 4)]
    public void Extract_MembersOfAFightingBody_AreCombatants(string text, int combatants)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(combatants), claim.Killed?[VictimCategory.Combatants]);
    }

    [Fact]
    public void Extract_MembersOfAFamily_AreNoCombatants()
    {
        var claim = Extract.Incident("Five members of the same family were killed.");

        Assert.Null(claim.Killed?[VictimCategory.Combatants]);
    }

    [Fact]
    public void Extract_CodedFigureTheTextAllows_KeepsTheTextsBreakdown()
    {
        var claim = Extract.Incident("Militants attacked a parish, killing at least 38 civilians, including 9 children. Other sources reported 43 killed. Fatalities coded as 38.");

        Assert.Equal(FigureRange.Exactly(38), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(38), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_CodedZero_DropsTheTextsBreakdown()
    {
        var claim = Extract.Incident("2 civilians and 3 soldiers were killed in an ambush. Fatalities coded as 0 (the outlet reported 5 fatalities).");

        Assert.Equal(FigureRange.Exactly(0), claim.Killed?[VictimCategory.Total]);
        Assert.Null(claim.Killed?[VictimCategory.Civilians]);
    }
    [Fact]
    public void Extract_PersonAmongTheSources_IsNotOneMoreWounded()
    {
        var claim = Extract.Incident("Shells hit two camps, killing nine people and wounding 27, according to the camps' administrators and a Red Cross official.");

        Assert.Equal(FigureRange.Exactly(27), claim.Injured?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_Hospitalised_AreInjured()
    {
        var claim = Extract.Incident("A drone hit a block of flats, killing three people. Eight people were hospitalised.");

        Assert.Equal(FigureRange.Exactly(8), claim.Injured?[VictimCategory.Total]);
    }
    [Fact]
    public void Extract_PeopleDetainedBeforeAClauseSentencedToDeath_AreNotDead()
    {
        var claims = Extract.Claims("27,129 people are still detained, and 114 have been sentenced to death.");

        Assert.DoesNotContain(claims, c => c.Killed is not null);
    }

    [Theory]
    [InlineData("The attackers fled, leaving behind eight bodies, two homemade guns and a number of mines.")]
    [InlineData("Troops found eight bodies, three abandoned vehicles and dozens of rockets.")]
    public void Extract_ThingsListedAfterTheDead_AreNoPeople(string text)
    {
        Assert.Equal(FigureRange.Exactly(8), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_PlaceBeforeAColon_IsNoPersonOfTheSubject()
    {
        var claim = Extract.Incident("Indepaz reported another massacre in Colombia: three young men were shot dead on Saturday night.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
    }
    [Fact]
    public void Extract_MilitaryStatementsWordsForTheEnemyDead_AreKilledFighters()
    {
        var claim = Extract.Incident("After an intense exchange of fire, seven khwarij were sent to hell, while two soldiers embraced shahadat.");

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Combatants]);
    }
    [Theory]
    [InlineData("The blast killed six, including the bomber, officials said.")]
    [InlineData("The blast killed six people, including the perpetrator.")]
    public void Extract_TheAttackerIncludedInTheToll_IsItsOneFighter(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Combatants]);
        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_Jawans_AreSoldiers()
    {
        var claim = Extract.Incident("Five jawans were killed when Maoists blew up their vehicle.");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Combatants]);
    }
    [Fact]
    public void Extract_LaterInquiryConfirmingFewerDeaths_LowersTheMin()
    {
        var claim = Extract.Incident(
            "NATO aircraft struck a compound. Libyan officials said 15 civilians were killed. A later Human Rights Watch investigation confirmed 12 civilian deaths.");

        Assert.Equal(new FigureRange(12, 15), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_ConfirmedPartOfTheDead_LeavesTheMin()
    {
        var claim = Extract.Incident("Officials said 15 civilians were killed. Relatives confirmed 12 of the dead by name.");

        Assert.Equal(15, claim.Killed?[VictimCategory.Total]?.Min);
    }
    [Fact]
    public void Extract_WoundedOfWhomSomeLaterDied_AreSplit()
    {
        var claim = Extract.Incident("A roadside bomb struck a police van on Thursday, wounding seven policemen, two of whom later died in hospital.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(5), claim.Injured?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("A local official said 17 bodies had so far been recovered from the village.", 17)]
    [InlineData("Rescuers have so far pulled 12 bodies from the rubble.", 12)]
    public void Extract_CountSoFar_IsAFloor(string text, int floor)
    {
        Assert.Equal(FigureRange.AtLeast(floor), Extract.Killed(text, VictimCategory.Total));
    }
    [Theory]
    [InlineData("The ministry said 14 civilians were killed, seven of them children. The UN office put the civilian toll at 12.", 12, 14)]
    [InlineData("The emergency room reported 43 civilians killed, while the Ministry of Health gave a toll of 31.", 31, 43)]
    public void Extract_AnotherSourcesLowerToll_LowersTheMin(string text, int min, int max)
    {
        Assert.Equal(new FigureRange(min, max), Extract.Killed(text, VictimCategory.Civilians));
    }
    [Fact]
    public void Extract_EarlyTollPutLower_IsSuperseded()
    {
        var claim = Extract.Incident("The emergency service said 21 people were killed. A regional spokesman initially put the toll at 17.");

        Assert.Equal(FigureRange.Exactly(21), claim.Killed?[VictimCategory.Total]);
    }
    [Theory]
    [InlineData("The governor initially reported three dead and 18 injured; the toll rose to five overnight.", 5, 5)]
    [InlineData("Officials initially said three people died. By the evening the death toll had risen to at least 7.", 7, null)]
    [InlineData("Officials initially said 12 people died. By the evening the death toll had risen to over 40.", 40, null)]
    [InlineData("The military initially put the death toll at 52; local leaders later said 167 people died.", 52, 167)]
    [InlineData("The governor initially reported four people killed. The prosecutor later gave a toll of five killed.", 4, 5)]
    [InlineData("The governor initially said seven people had been killed, but later revised the death toll down to four.", 4, 4)]
    public void Extract_EarlyTollThenARisenOrRevisedOne_SupersedesOnlyWhenTheTollRoseOrWasRevisedDown(string text, int min, int? max)
    {
        var claim = Extract.Incident("A missile hit an apartment block in the city on Monday. " + text);

        Assert.Equal(new FigureRange(min, max), claim.Killed?[VictimCategory.Total]);
    }
    [Theory]
    [InlineData("Missiles struck the city centre, killing 34 civilians. The ministry said the strike killed \"more than 60 servicemen\", a claim officials rejected.", 34)]
    [InlineData("Militants attacked a checkpoint, killing 8 soldiers. The group said it had killed \"15 soldiers\".", 8)]
    public void Extract_FightersAPartyClaimsInQuotes_AreNotMoreDead(string text, int min)
    {
        Assert.Equal(min, Extract.Incident(text).Killed?[VictimCategory.Total]?.Min);
    }
    [Theory]
    [InlineData("Rival factions clashed in the city, leaving 5 gunmen dead. A civilian bystander was also killed.", 6)]
    [InlineData("Troops killed 4 militants in a raid on the village. A civilian was killed in the crossfire.", 5)]
    public void Extract_CivilianSingledOutBesideATollOfFighters_IsOneMore(string text, int total)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(total), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Civilians]);
    }
    [Fact]
    public void Extract_BodiesIncludingThoseOfChildren_BreaksTheBodiesDown()
    {
        var claim = Extract.Incident("An official said 16 bodies had been recovered from the house, including those of seven children and five women.");

        Assert.Equal(FigureRange.Exactly(7), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(16), claim.Killed?[VictimCategory.Total]);
    }
    [Theory]
    [InlineData("A car bomb killed six people, including four soldiers, a journalist and a child.", 2, 2)]
    [InlineData("A car bomb killed at least six people, including four of his bodyguards, a journalist and a child who was walking by.", 2, null)]
    public void Extract_CiviliansSingledOutBesideFightersOfAToll_AreItsCivilians(string text, int min, int? max)
    {
        Assert.Equal(new FigureRange(min, max), Extract.Killed(text, VictimCategory.Civilians));
    }
    [Theory]
    [InlineData("Gunmen shot and killed a female polio vaccinator in a village.", 1)]
    [InlineData("Gunmen killed two female teachers near the school.", 2)]
    public void Extract_FemaleBeforeACiviliansNoun_IsAWoman(string text, int women)
    {
        Assert.Equal(FigureRange.Exactly(women), Extract.Killed(text, VictimCategory.Women));
    }
    [Fact]
    public void Extract_FemaleSoldiers_StayFighters()
    {
        Assert.Null(Extract.Killed("Gunmen killed two female soldiers at the checkpoint.", VictimCategory.Women));
    }
    [Fact]
    public void Extract_DeadShareOfWomenWithAClauseAfter_BreaksTheTollDown()
    {
        var claim = Extract.Incident("Bombers attacked a market, killing at least 14 people. An official said nine of the dead were women who sold fish there.");

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Women]);
    }
    [Fact]
    public void Extract_TwoSpeakersAfterAFigure_AreNoVictims()
    {
        var claim = Extract.Incident(
            "Bombers attacked a fish market, killing at least 14 people and wounding at least 20, a local official and the state emergency agency said.");

        Assert.Equal(new FigureRange(20, null), claim.Injured?[VictimCategory.Total]);
    }
    [Fact]
    public void Extract_AgeAfterOnePerson_IsNoCount()
    {
        var claim = Extract.Incident(
            "A bomber blew himself up at a tutoring centre, killing 19 people. 27 others were wounded. " +
            "\"We were solving questions,\" said one student, 17, who was treated for shrapnel wounds.");

        // (The 17-year-old may be one of the 27 or one more; her age is no 17 more.)
        Assert.InRange(claim.Injured?[VictimCategory.Total]?.Min ?? 0, 27, 28);
    }
    [Fact]
    public void Extract_Bride_IsAWoman()
    {
        Assert.Equal(FigureRange.Exactly(1), Extract.Killed("Airstrikes hit a wedding party, killing at least 20 people, including the bride.", VictimCategory.Women));
    }
    [Theory]
    [InlineData("Two police officers and a civilian woman who sold food outside the station were killed.")]
    [InlineData("The strike killed one civilian woman and injured two children.")]
    public void Extract_CivilianWoman_IsAWoman(string text)
    {
        Assert.Equal(FigureRange.Exactly(1), Extract.Killed(text, VictimCategory.Women));
    }
}
