using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class VictimListTests
{
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
}
