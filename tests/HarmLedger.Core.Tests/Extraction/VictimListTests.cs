using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class VictimListTests
{
    [Theory]
    [InlineData("A strike on a house in Sirte killed four members of one family. They were named as Milad Abdullah (60), his daughters Samira (31) and Najwa (27), and his grandson Ali (6).", 1, 2)]
    [InlineData("Six members of the family were killed when an airstrike flattened their home. Neighbours identified them as Mohammed (45), his wife Aisha (38), and their children Bushra (10), Sami (7), Ahmed (5) and one-year-old Ruqayya.", 4, 1)]
    [InlineData("Between 11 and 15 civilians were killed, according to local sources. Named victims include Hassan (34), his mother Fatima (61), and his three children Rami (8), Sara (6) and the infant Adam (8 months).", 3, 1)]
    [InlineData("A family of four was killed when an airstrike hit their home. The victims, named by a relative to a local news site, were Younis Hamad, 52, his wife Khalida, 47, and their sons Saad, 14, and Marwan, 9.", 2, 1)]
    [InlineData("A strike killed two people. The victims were Umm Ahmad, 50, and her son Ali, 9.", 1, 1)]
    [InlineData("A strike killed five members of the family. A local outlet named the victims as Ibrahim Qudeih, 52, his wife Huda, 47, their daughter Rawan, 11, and Ibrahim's grandchildren Salem, 4, and Jana, 18 months.", 3, 1)]
    [InlineData("An airstrike hit a building in the town. Killed were Mohammed Hijazi, 41, his wife Nisreen, 38, and their children Karam, 16, and Malak, 12.", 2, 1)]
    [InlineData("Between four and six people were killed when a drone fired at a group of residents. A local site named four of them: Amjad Saleh, 22, his sister Huda, 19, their neighbour Sami Haddad, 45, and Sami's daughter Asil, 9.", 1, 1)]
    public void Extract_TheDeadNamedInTheNextSentence_TellChildrenAndWomen(string text, int children, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(children), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(women), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_NamedPersonAndHisWife_AddUp()
    {
        var claim = Extract.Incident("The strike killed Yusuf Darwish and his wife.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_CommaListOfRelatives_CountsEachPerson()
    {
        var claim = Extract.Incident("The shelling killed Yusuf Darwish, his mother, his 15-year-old son Sami and his daughter Hala (4).");

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_GroupListedWithAPerson_IsPartOfTheList()
    {
        var claim = Extract.Incident("The raid killed Yusuf Darwish, his wife and their 2 children.");

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_AgeAfterAName_IsNoHeadcount()
    {
        var claim = Extract.Incident("The strike killed three of their sons, Omar Saleh, 30, and Ali Saleh.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_NamedRelativesAlsoKilled_AreAmongTheToll()
    {
        const string Text = "At least 5 people were killed when the house was shelled. Two brothers, Sami and Nabil Haddad, were also killed.";

        var claim = Extract.Incident(Text);

        Assert.Equal(5, claim.Killed?[VictimCategory.Total]?.Min);
    }

    [Fact]
    public void Extract_FootnoteMarkInABreakdown_KeepsTheList()
    {
        var claim = Extract.Incident("The bombing killed 20 civilians, including 9 children*, 6 women (including a nurse), and 5 men.");

        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Men]);
    }

    [Fact]
    public void Extract_FamiliesCounted_AreNoHeadcountAndKeepTheBreakdown()
    {
        var claim = Extract.Incident("The shelling killed six civilians from two families, including one woman and three children.");

        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
        Assert.Null(claim.Injured);
    }

    [Fact]
    public void Extract_PeopleNamedAfterTheHarmWordAndAComma_BreakDownTheToll()
    {
        var claim = Extract.Incident("Eight people were killed, two women and five children, and others wounded when the shell hit.");

        Assert.Equal(FigureRange.Exactly(8), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
        Assert.Null(claim.Injured?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_CommaAfterTheHarmWordBeforeAnotherClause_IsNoBreakdown()
    {
        var claim = Extract.Incident("Eight people were killed, three children were injured and the school was destroyed.");

        Assert.Null(claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(3), claim.Injured?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_PeopleKilledAlongWithAPerson_AddUpWithThem()
    {
        var claim = Extract.Incident("The strike killed Yusuf Darwish along with his three children.");

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_AsWellAsAfterTheHarmWord_SharesTheHarm()
    {
        var claim = Extract.Incident("Two neighbours were killed as well as their two daughters, Lina (6) and Rama (9).");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_WithAWeaponAfterTheHarmWord_IsNoVictimCount()
    {
        var claim = Extract.Incident("Two farmers were killed with three rockets fired at the field.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("The raid killed their two sons, 15-year-old Sami and 9-year-old Adam.", VictimCategory.Children)]
    [InlineData("The raid killed their two sons, 25-year-old Sami and 31-year-old Adam.", VictimCategory.Men)]
    public void Extract_AgesOfAGroupsMembers_SetTheGroupsCategory(string text, VictimCategory expected)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[expected]);
    }

    [Fact]
    public void Extract_MixedAgesInAGroup_LeaveItUncategorised()
    {
        var claim = Extract.Incident("The raid killed their two sons, 15-year-old Sami and 31-year-old Adam.");

        Assert.Null(claim.Killed?[VictimCategory.Children]);
        Assert.Null(claim.Killed?[VictimCategory.Men]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_MembersListedAfterAGroupsColon_AreNotCountedAgain()
    {
        var claim = Extract.Incident("Huda Saleh was killed alongside her three children: a 7-year-old son Omar, a 5-year-old son Adam and a 3-year-old daughter Rama.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_PeopleNamedOverSeveralSentences_AreCountedOnceEach()
    {
        const string Text = "Nine civilians were killed when the house was bombed. " +
                            "Omar Haddad was killed with his wife Huda Haddad and his 12-year-old son Sami Haddad. " +
                            "The strike also killed 8-year-old Lina Nasser and her mother Rana Nasser. " +
                            "Relatives said that 12-year-old Sami Haddad was killed while sleeping.";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(2, claim.Killed?[VictimCategory.Children]?.Max);
        Assert.Equal(2, claim.Killed?[VictimCategory.Women]?.Max);
    }

    [Fact]
    public void Extract_NamedRosterLargerThanTheToll_IsIgnored()
    {
        const string Text = "Two civilians were killed in the strike on the house. " +
                            "Rescuers said the strike killed 9-year-old Sami Haddad. " +
                            "Neighbours said it killed 8-year-old Lina Nasser. " +
                            "A cousin said it killed 7-year-old Omar Saleh.";

        var claim = Extract.Incident(Text);

        Assert.True(claim.Killed?[VictimCategory.Children]?.Max is null or <= 2);
    }

    [Fact]
    public void Extract_PeopleNamedAsTheSubjectOfAPluralPassive_AreCountedWithTheirSex()
    {
        var claim = Extract.Incident("Huda Saleh and her son, Omar Saleh, were both killed in the strike.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_TitledAndAgedSubjects_TakeTheirCategory()
    {
        var claim = Extract.Incident("Umm Karim, 9-year-old Lina Haddad and Sami Haddad were killed when the shell hit.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_SubjectWithAToll_KeepsTheToll()
    {
        var claim = Extract.Incident("Five members of the Haddad family, Sami and Lina among them, were killed.");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Iman Saleh was killed with her son.", VictimCategory.Women)]
    [InlineData("Umm Karim was killed in the strike.", VictimCategory.Women)]
    [InlineData("The 12-year-old Joud Saleh was killed in the bombing.", VictimCategory.Children)]
    public void Extract_SubjectOfASingularPassive_TakesTheCategoryTheSentenceGives(string text, VictimCategory expected)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(1, claim.Killed?[expected]?.Min);
    }

    [Fact]
    public void Extract_PeopleSingledOutAfterAnUpToToll_DoNotSetItsMinimum()
    {
        const string Text = "The strike killed up to 10 members of the family, including five children. " +
                            "Omar Haddad was killed together with his 71-year-old wife Huda.";

        var claim = Extract.Incident(Text);

        Assert.NotEqual(2, claim.Killed?[VictimCategory.Total]?.Min);
        Assert.Equal(10, claim.Killed?[VictimCategory.Total]?.Max);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_ListOfTheDeadAfterAColon_CountsEachPersonWithTheirAge()
    {
        const string Text = "The strike killed six civilians. A relative posted the names of those killed in the strike: " +
                            "Karim Nasser, 41 years old; his wife Dina Nasser, 36 years old; his son Adel Nasser, 12 years old; " +
                            "his daughter Rima Nasser, eight years old.";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(6), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_CommaListAfterAColon_GivesEachBareAgeToThePersonBefore()
    {
        var claim = Extract.Incident("Those killed in the shelling were named as follows: Omar Saleh, 40, Huda Saleh, 35, and Sami Saleh, 9.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_ColonAfterSomethingElse_IsNoListOfTheDead()
    {
        var claims = Extract.Claims("The ministry named its spokesmen: Omar Saleh, Huda Saleh and Sami Saleh.");

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Incident);
    }

    [Fact]
    public void Extract_VictimsIdentifiedAs_AreListedWithDescriptionsAndRelativeClausesSkipped()
    {
        const string Text = "Seven people were killed in the bombing. The victims were identified as Salma Haddad, the grandmother, " +
                            "who was killed alongside her son, Karim Haddad, and her daughter, Rana Haddad.";

        var claim = Extract.Incident(Text);

        Assert.Equal(7, claim.Killed?[VictimCategory.Total]?.Min);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_SubjectListAtTheVeryStartOfTheText_IsRead()
    {
        var claim = Extract.Incident("Rana Haddad and her daughter, Lina (7), were killed.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_AmongThoseKilledWere_ListsGroupsAndTheirNamedMembers()
    {
        const string Text = "Four civilians were killed in the strike. Among those killed were Umm Karim, along with her two sons, " +
                            "Sami and Omar, and her infant granddaughter, Lina.";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Theory]
    [InlineData("Samir Aziz was killed alongside his sons 16-year-old Karim Aziz and 21-year-old Tarek Aziz.", 1)]
    [InlineData("Samir Aziz was killed together with his sons – 16-year-old Karim Aziz, 21-year-old Tarek Aziz.", 1)]
    [InlineData("Samir Aziz was killed along with their children 6-year-old Karim Aziz and 9-year-old Lina Aziz.", 2)]
    public void Extract_GroupNounStraightBeforeItsList_CountsTheListedPeople(string text, int children)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(children), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_GroupNounWithNoListAfterIt_CountsNoListedPeople()
    {
        var claim = Extract.Incident("Samir Aziz was killed alongside his sons in Gaza City on Sunday.");

        Assert.Null(claim.Killed?[VictimCategory.Children]);
        Assert.Equal(1, claim.Killed?[VictimCategory.Total]?.Min);
    }

    [Theory]
    [InlineData("His daughter, 11-year-old Layan Aziz, was also killed.")]
    [InlineData("Samir Aziz's daughter, 11-year-old Layan Aziz, was also killed.")]
    [InlineData("The strike killed his daughter, 11-year-old Layan Aziz.")]
    public void Extract_KinWordRenamedWithAnAge_IsOneChild(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_AgeBeforeAnotherVictimNoun_IsAnotherPerson()
    {
        var claim = Extract.Incident("His wife, 13-year-old son and daughter were killed.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("The strike killed Karim, his wife, 13-year-old Dina and 9-year-old Adam.", 4, 2)]
    [InlineData("The strike killed Huda and her daughters, Lina (8) and Rana (5).", 3, 2)]
    public void Extract_OneGivenNameOpeningAFamilyList_CountsEveryone(string text, int killed, int children)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(killed), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(children), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_OneGivenNameAfterTheDeathOf_IsNotCountedAgain()
    {
        var claims = Extract.Claims("Relatives mourned the death of Karim, his wife and children.");

        Assert.DoesNotContain(claims, c => c.Killed?[VictimCategory.Total] is not null);
    }

    [Theory]
    [InlineData("Huda Saleh lost her life in the strike.", 1)]
    [InlineData("Huda Saleh lost her life along with her three sons.", 4)]
    [InlineData("Huda Saleh lost her life along with the lives of her three sons, Sami, Adam and Ali.", 4)]
    public void Extract_PersonWhoLostHerLife_IsCountedWithThoseBesideHer(string text, int killed)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(killed), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Omar Haddad and his wife died in the strike.")]
    [InlineData("Omar Haddad and his wife lost their lives in the strike.")]
    [InlineData("Omar Haddad and his wife perished in the fire the strike started.")]
    public void Extract_NamedSubjectsOfAnActiveDeathVerb_AreEachCounted(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Theory]
    [InlineData("The strike also killed Souad's two sons.", 2)]
    [InlineData("The strike killed the family’s three children.", 3)]
    [InlineData("An airstrike killed Ahmed's wife.", 1)]
    public void Extract_OwnersNameBeforeTheVictims_CountsTheVictims(string text, int killed)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(killed), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_OwnersNameBeforeAWife_IsAWoman()
    {
        var claim = Extract.Incident("Ahmed's wife was killed in the strike.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_KilledAlongsideHerChildrenWithNamesAndAges_CountsEachChild()
    {
        var claim = Extract.Incident("Rana Haddad was killed alongside her children, 15-year-old Lina Haddad and 11-year-old Sami Haddad.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_KinWordAfterOf_IsSomeoneElse()
    {
        const string Text = "Five people were killed. Among the dead were two brothers of the wife of Karim, 31-year-old Sami Haddad and 19-year-old Omar Haddad.";

        var claim = Extract.Incident(Text);

        Assert.Null(claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_OneMorePersonAfterABreakdownGroup_AddsToThatGroup()
    {
        var claim = Extract.Incident("The strike killed 16 civilians, including four women, eight children, and an infant boy.");

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(16), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_SubjectListWithAlongWith_CountsEveryone()
    {
        var claim = Extract.Incident("Rana Haddad (33 years old), along with her husband Omar Haddad, their two sons Sami (7) and Adam (5), and their daughter Lina (2) were killed.");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Theory]
    [InlineData("Huda Saleh and Omar Saleh were killed in the strike on their home.", 1)]
    [InlineData("Leila Mansour was killed when the shell hit the market.", 1)]
    [InlineData("Omar Saleh and Karim Saleh were killed in the strike on their home.", 0)]
    public void Extract_NamedVictimWithAWomansGivenName_CountsAsAWoman(string text, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(women == 0 ? null : FigureRange.Exactly(women), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_WomansGivenNameWithAChildsAge_CountsAsAChild()
    {
        var claim = Extract.Incident("Huda Saleh (9) and her father Omar Saleh were killed in the strike.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
        Assert.Null(claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_KinWordNamedAgainWithAWomansName_KeepsTheKinWordsCategory()
    {
        // A daughter of unstated age may be a child: her given name tells her sex, not that she is a woman.
        var claim = Extract.Incident("Omar Saleh and his daughter, Huda Saleh, were killed in the strike.");

        Assert.Null(claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_ListWithSexAndAgeInBrackets_ReadsEachBracketAsPartOfItsItem()
    {
        const string Text = "A relative wrote that those killed in the strike were: Huda Saleh (female, child, 7), Sami Saleh (male, child, 9), " +
                            "Omar Saleh (male, 41 years old) and Rana Saleh (female, 39 years old).";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Men]);
    }

    [Fact]
    public void Extract_CapitalisedAdjectiveBeforeTheVictimNoun_IsNoName()
    {
        // "a Palestinian woman, Alia …" and "the death of Alia …" are one woman, told twice.
        const string Text = "The strike killed a 91-year-old Palestinian woman, Alia Mansour, alongside her three-year-old grandson. " +
                            "Local news confirmed the death of Alia Mansour and of the boy.";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_NamedMembersOfAGroup_JoinTheRosterOfTheNamedDead()
    {
        // The three sons are counted by their group in one sentence; named, they are the same people as those named
        // later, and a cousin named in another sentence adds one more child.
        const string Text = "Omar Haddad was killed with his wife in the strike. Their three sons – a twelve-year-old Hasan Haddad, " +
                            "a nine-year-old Obaida Haddad and a seven-year-old Khaled Haddad – were also killed. " +
                            "Their cousin, 10-year-old Sami Haddad, was also killed.";

        var claim = Extract.Incident(Text);

        Assert.Equal(4, claim.Killed?[VictimCategory.Children]?.Max);
        Assert.Contains(claim.Evidence, e => e.Text == "nine-year-old Obaida Haddad");
    }

    [Theory]
    [InlineData("as among the dead")]
    [InlineData("as among those killed")]
    public void Extract_NamedAsAmongTheDead_ListsThePeople(string ending)
    {
        var text = "Three civilians were killed in the strike. A post identified 14-year-old Amal Saleh, 15-year-old Rana Saleh, " +
                   "and 36-year-old Huda Saleh " + ending + ".";

        var claim = Extract.Incident(text);

        Assert.Equal(2, claim.Killed?[VictimCategory.Children]?.Max);
    }

    [Fact]
    public void Extract_NamedAsSomethingElse_IsNoListOfTheDead()
    {
        var claim = Extract.Incident("Three civilians were killed in the strike. The ministry named 14-year-old Amal Saleh and 15-year-old Rana Saleh as its envoys.");

        Assert.Null(claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_SemicolonListWithBareAgesAndKinInBrackets_CountsEachPersonByAge()
    {
        const string Text = "Among those who lost their lives were Huda Saleh (wife of Omar), aged 54; their son, Sami Saleh, aged 13; " +
                            "Lina Saleh, 21 (daughter of Omar and Huda); and Rana Saleh, 9, (daughter of Omar).";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_NameBeforeAKinAppositive_NamesThatPersonForTheRoster()
    {
        const string Text = "Omar Saleh and his son Yousef (5) were killed. Mariam, their third child, was also killed in the attack.";

        var claim = Extract.Incident(Text);

        Assert.Equal(2, claim.Killed?[VictimCategory.Children]?.Max);
    }

    [Fact]
    public void Extract_ConnectiveOpeningTheSentence_IsNoName()
    {
        // "However" is not a third child's name: the son named in both sentences is one child.
        const string Text = "Omar Saleh and his son Yousef (5) were killed. However, their son Yousef Saleh, was also killed, a relative said.";

        var claim = Extract.Incident(Text);

        Assert.Equal(1, claim.Killed?[VictimCategory.Children]?.Max);
    }

    [Fact]
    public void Extract_NamedPeopleAfterIncluding_AreCountedOneByOne()
    {
        const string Text = "Nine members of the Saleh family were killed in the strike, including 54-year-old Omar Saleh and his wife " +
                            "48-year-old Huda Saleh, three of their sons: 30-year-old Sami Saleh, 12-year-old Adam Saleh, and Karim Saleh; " +
                            "their two daughters, 28-year-old Lina Saleh and 9-year-old Rana Saleh; as well as their grandson, 6-year-old Ali Saleh.";

        var claim = Extract.Incident(Text);

        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_FiguresAfterIncluding_StayABreakdown()
    {
        var claim = Extract.Incident("Nine people were killed in the strike, including three children and two women.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(9), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_NamesAmongThemWithAPossessiveKin_CountsTheOwnerAndTheKinApart()
    {
        const string Text = "The airstrike killed between four and five civilians, among them Omar Saleh, Omar Saleh’s wife, Sami Haddad, " +
                            "and an infant and a woman whose names are not published.";

        var claim = Extract.Incident(Text);

        Assert.Equal(new FigureRange(4, 5), claim.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("The victims included a four-month-old girl, her two sisters, aged 5 and 8, and their grandmother.", 3, 1)]
    [InlineData("The dead included two cousins, aged 9 and 13, and their 40-year-old uncle.", 2, 0)]
    [InlineData("The dead were a 70-year-old man, his wife and their 6-year-old grandson.", 1, 1)]
    public void Extract_DeadIncludedList_CountsEachPersonWithTheGroupsAges(string text, int children, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(children), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(women == 0 ? null : FigureRange.Exactly(women), claim.Killed?[VictimCategory.Women]);
    }

    [Theory]
    [InlineData("The dead included two brothers, aged 7 and 10, and their 35-year-old father.")]
    [InlineData("Among the dead were two brothers, aged 7 and 10, and their 35-year-old father.")]
    public void Extract_PersonJoinedAfterAGroupsAges_IsCountedWithTheGroup(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("An airstrike killed a father, mother and their four children.", 6, 1)]
    [InlineData("The strike killed Omar Haddad, his wife, son and daughter.", 4, 1)]
    public void Extract_BareKinWordsInAList_ShareTheListsDeterminer(string text, int killed, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(killed), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(women), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_BareKinWordRenamedWithAnAge_IsOnePerson()
    {
        var claim = Extract.Incident("They were killed alongside their son, 25-year-old Ahmed Haddad, daughter-in-law, 24-year-old Rana Haddad, and two grandsons.");

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_KinWordWithOf_IsADescriptionNotAListItem()
    {
        var claim = Extract.Incident("The strike killed Omar Haddad, father of three, and his wife.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("A 14-year-old girl and her grandmother were among the victims.", 2)]
    [InlineData("Two children were among the victims.", 2)]
    public void Extract_AmongTheVictims_IsAmongTheDead(string text, int killed)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(killed), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("The victims were named as Ahmed Saleh, Mona Saleh and Lina Saleh.", 3)]
    [InlineData("The dead were named as Ahmed Saleh (34) and his wife Mona (29).", 2)]
    public void Extract_TheDeadWereNamedAs_CountsEveryoneAfterAs(string text, int killed)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(killed), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("A strike on a farm killed two civilians: Mohamed Hussein Ali, 42, a banana farmer, and his son Abdi, 15.", 2, 1, 0)]
    [InlineData("An airstrike hit the house, killing seven civilians from the Shreif family: Ali Shreif, 58, his wife Fatima, 54, their son Mahdi, 30, his wife Rana, 26, and their three children, aged 6, 4 and 1.", 7, 3, 2)]
    public void Extract_ListAfterATollThatCountsIt_BreaksTheTollDown(string text, int total, int children, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(total), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(children, claim.Killed?[VictimCategory.Children]?.Max ?? 0);
        Assert.Equal(women, claim.Killed?[VictimCategory.Women]?.Max ?? 0);
    }

    [Theory]
    [InlineData("Four civilians were killed. The victims were named by a local page as Younis Ali, 60, his wife Khadija, 55, and their son Omar, 9.", 1, 1)]
    [InlineData("Nine civilians were killed. Mosul Eye named three of the dead as Ahmed Saleh, 33, his wife Huda and his daughter Rana, 5.", 1, 1)]
    [InlineData("The governor said 19 civilians were killed. Among the dead was Omar, a 12-year-old boy.", 1, 0)]
    public void Extract_DeadNamedAfterAToll_TellItsChildrenAndWomen(string text, int children, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(children, claim.Killed?[VictimCategory.Children]?.Max ?? 0);
        Assert.Equal(women, claim.Killed?[VictimCategory.Women]?.Max ?? 0);
    }

    [Theory]
    [InlineData("An airstrike killed their two daughters, Malak, 12, and Yasmine, 9.", 2, 0)]
    [InlineData("An airstrike killed their two daughters, Malak, 32, and Yasmine, 29.", 0, 2)]
    [InlineData("Thirty people were killed. Among the dead were Hussein Fakih, 41, his wife Zeinab and their two daughters, Malak, 12, and Yasmine, 9.", 2, 1)]
    public void Extract_AgesAfterTheNamesOfAGroupsMembers_AgeEachMember(string text, int children, int women)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(children, claim.Killed?[VictimCategory.Children]?.Max ?? 0);
        Assert.Equal(women, claim.Killed?[VictimCategory.Women]?.Max ?? 0);
    }

    [Theory]
    [InlineData("An airstrike killed Karim, his three sons.", 4)]
    [InlineData("An airstrike killed Karim Haddad, his two sons and his daughter.", 4)]
    public void Extract_KinGroupAfterANamedPersonAndAComma_JoinsTheList(string text, int total)
    {
        Assert.Equal(FigureRange.Exactly(total), Extract.Killed(text, VictimCategory.Total));
    }
    [Theory]
    [InlineData("U.S. forces conducted a strike in northwest Syria, killing Usamah al-Muhajir.")]
    [InlineData("Gunmen shot dead Abdullah bin Saleh outside his home.")]
    public void Extract_NameWithALowerCaseParticle_IsOnePerson(string text)
    {
        Assert.Equal(FigureRange.Exactly(1), Extract.Killed(text, VictimCategory.Total));
    }

    [Fact]
    public void Extract_PersonDescribedAfterTheName_IsThatPerson()
    {
        var claim = Extract.Incident("U.S. forces conducted a strike in northwest Syria, killing Usamah al-Muhajir, an ISIS leader.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Combatants]);
    }
    [Fact]
    public void Extract_GroupAndRankBeforeATitledName_MakeAFighter()
    {
        var claim = Extract.Incident("The strike eliminated Hamas battalion commander Ahmad Said and two other terrorists.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Combatants]);
        Assert.Equal(FigureRange.Exactly(0), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Extract_WifeNamedAfterTogetherWith_IsNoTitledName()
    {
        var claim = Extract.Incident("A 37-year-old Mounir Dawas was killed together with his wife Nida Safi and their two children.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }

    [Fact]
    public void Extract_TitleAfterAnArticle_IsCountedOnce()
    {
        var claim = Extract.Incident("Dissidents attacked a vehicle, killing the Nasa governor Cristina Bautista and 4 indigenous guards.");

        Assert.Equal(FigureRange.Exactly(5), claim.Killed?[VictimCategory.Total]);
    }
    [Fact]
    public void Extract_DeadNamedByTheirNumber_TellAChild()
    {
        var claim = Extract.Incident(
            "A strike killed five men. Two of the five dead were farmers, relatives said. They named the two as Ali Mohamed Hussein, 40, and his nephew Abdirahman Ali, 17.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }
    [Fact]
    public void Extract_KinOfANamedOwnerThenTheirName_IsOnePerson()
    {
        var claim = Extract.Incident(
            "Three civilians were killed. Local media named them as Hassan Fakih (52), his wife Zeinab (47) and Zeinab's mother, Khadija (76).");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
    }
    [Fact]
    public void Extract_DeadNamedAfterAColon_CountPluralKinByTheirNames()
    {
        var claim = Extract.Incident(
            "Seven members of the Haddad family were killed when their house was hit. A neighbour named them to reporters: " +
            "Karim Haddad (60); his wife Salwa (57); their sons Omar (31) and Samer (28); and Karim's sisters Huda (66), Mona (63) and Rima (59).");

        Assert.Equal(FigureRange.Exactly(7), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Men]);
    }
    [Fact]
    public void Extract_FamilyNamedByASourceAs_ListsTheDeadTheSentenceBeforeTold()
    {
        var claim = Extract.Incident(
            "A monitor said five members of one family died when their building was hit. " +
            "The family was named by the monitor as Khalil Haddad, his wife Mona Saleh, and their three sons Yusuf, 10, Sami, 7 and Adam, 3.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }
    [Fact]
    public void Extract_VictimsNamedBySourceIncluded_OpensAList()
    {
        var claim = Extract.Incident(
            "An airstrike killed 6 civilians on Monday. The victims named by neighbours included Omar Nasser, 50, his wife Huda, 44, and their son Rami, 8.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }
    [Theory]
    [InlineData("The dead were Omar Nasser, 50, and his daughter Huda, 19.", 1)]
    [InlineData("The dead were Omar Nasser, 50, and his daughter Huda (19).", 1)]
    [InlineData("The dead were Omar Nasser, his wife Salwa, and their daughters Huda, 22, and Rima, 20.", 3)]
    [InlineData("The shell killed a farmer and his daughter, 24.", 1)]
    [InlineData("The dead were Omar Nasser, 50, and two cousins, Rami, 25, and Ola, 21.", 1)]
    public void Extract_DaughterOfAdultAge_IsAWoman(string text, int women)
    {
        var claim = Extract.Incident("A shell hit the village on Monday. " + text);

        Assert.Equal(FigureRange.Exactly(women), claim.Killed?[VictimCategory.Women]);
        Assert.Null(claim.Killed?[VictimCategory.Children]);
    }
    [Theory]
    [InlineData("The dead were Abdul Raja, his wife, their son Ahmad, and two adult daughters.", 3)]
    [InlineData("The dead were Abdul Raja, his wife, and their married daughter Hanan.", 2)]
    public void Extract_AdultWordBeforeADaughter_MakesAWoman(string text, int women)
    {
        var claim = Extract.Incident("Ten civilians were killed in the strike on Monday. " + text);

        Assert.Equal(FigureRange.Exactly(women), claim.Killed?[VictimCategory.Women]);
    }
    [Fact]
    public void Extract_VictimsIncludedOpeningASentence_OpensAList()
    {
        var claim = Extract.Incident(
            "Airstrikes on the town killed at least 9 civilians. Victims included Jamal Hussein, 48, and his wife Nahla, 44; " +
            "three children from one family — Ghazal, 13, Ali, 8, and Sidra, 3; and two men who were not named.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }
    [Fact]
    public void Extract_SemicolonItemOfANameAndKinWords_ListsEachOfThem()
    {
        var claim = Extract.Incident(
            "Ten civilians were killed on Monday. A local site published the names of the dead: Hussein Nasser, his wife and three children; " +
            "and Abdul Raja, his wife, their son Ahmad, and two daughters.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
    }
    [Fact]
    public void Extract_NamingThemAs_OpensAList()
    {
        var claim = Extract.Incident(
            "Aircraft struck houses near the bakery on Monday. A local network said 5 people died, naming them as Ali Khalil, 40, " +
            "his wife Wadha, 32, their infant son Hussein, and their neighbours' sons Taha, 17 and Khaled, 15.");

        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }
    [Fact]
    public void Extract_OtherVictimsIncluded_OpensAList()
    {
        var claim = Extract.Incident(
            "Shelling of the district killed three civilians, among them an 11-year-old boy. Other victims included the boy's grandmother, " +
            "Liudmyla, 68, and a pensioner, Viktor Hordiienko, 74.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
    }
    [Theory]
    [InlineData("An airstrike hit a house, killing a man and two granddaughters.")]
    [InlineData("An airstrike hit a house, killing a man and two of his granddaughters, aged 6 and 3.")]
    public void Extract_Granddaughters_AreChildren(string text)
    {
        Assert.Equal(FigureRange.Exactly(2), Extract.Killed(text, VictimCategory.Children));
    }
    [Fact]
    public void Extract_HerAfterANamedPersonInAList_MakesHerAWoman()
    {
        var claim = Extract.Incident(
            "Six civilians were killed when warplanes struck the district. A news agency named the dead as Rezan Hesen, 40, a baker, " +
            "Nujin Xelil, 35, her two sons Dilovan, 9, and Alan, 6, and two men.");

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Women]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }
}
