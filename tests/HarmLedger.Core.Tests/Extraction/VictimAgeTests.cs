using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class VictimAgeTests
{
    [Theory]
    [InlineData("The shell killed his 9-year-old son.")]
    [InlineData("The drone strike killed 11 year old Tarek.")]
    [InlineData("Her son Bashir (10) was killed by the blast.")]
    [InlineData("The raid killed a nephew, aged 6.")]
    public void Extract_AgeUnder18_CountsAChild(string text)
    {
        var killed = Extract.Killed(text, VictimCategory.Children);

        Assert.Equal(FigureRange.Exactly(1), killed);
    }

    [Fact]
    public void Extract_PluralWithChildAges_CountsChildren()
    {
        var claim = Extract.Incident("Their two daughters, Rima (8 years old) and Dana (4), were killed in the bombing.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("His 31-year-old daughter was killed in the strike.", VictimCategory.Women)]
    [InlineData("Her son Fadi, 24 years old, was killed in the strike.", VictimCategory.Men)]
    public void Extract_SonOrDaughterOfAdultAge_CountsAManOrAWoman(string text, VictimCategory category)
    {
        var killed = Extract.Killed(text, category);

        Assert.Equal(FigureRange.Exactly(1), killed);
    }

    [Theory]
    [InlineData("The strike killed his grandson.", VictimCategory.Children)]
    [InlineData("The strike killed his 25-year-old grandson.", VictimCategory.Men)]
    [InlineData("The strike killed her 30-year-old granddaughter Lina.", VictimCategory.Women)]
    public void Extract_Grandchild_IsAChildUnlessAged(string text, VictimCategory category)
    {
        var killed = Extract.Killed(text, category);

        Assert.Equal(FigureRange.Exactly(1), killed);
    }

    [Fact]
    public void Extract_TwoChildAgesAfterAged_MakeChildren()
    {
        var claim = Extract.Incident("Two brothers, aged 8 and 12, and their mother were killed when the shell struck.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(3), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_AgeRange_IsNoChildAge()
    {
        var claim = Extract.Incident("Five men, aged 17 to 40, were killed at the market.");

        Assert.Null(claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("Four boys aged between 9 and 11 were killed by naval fire on the beach.", 4)]
    [InlineData("Three people aged 9, 11 and 40 were killed at the market.", 3)]
    [InlineData("A man aged 40 and 3 children were killed at the market.", 4)]
    public void Extract_AgesAfterAged_AreNoCount(string text, int total)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(total), claim.Killed?[VictimCategory.Total]);
    }

    [Fact]
    public void Extract_ListedPersonIntroducedByAnAge_IsCounted()
    {
        var claim = Extract.Incident("The strike killed Karim Nasser, his wife, 13-year-old Dina Nasser and 6-year-old Adel Nasser.");

        Assert.Equal(FigureRange.Exactly(4), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("The strike killed Huda Saleh and her husband, 67 or 68 year old Ziad Saleh.")]
    [InlineData("The strike killed Huda Saleh and her husband, 40- or 41-year-old Ziad Saleh.")]
    public void Extract_AgeRangeAfterAKinWord_RenamesThePersonAndIsNoCount(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Men]);
    }

    [Fact]
    public void Extract_AgeRangeOfAGroupsMembers_IsAnAgeNotACount()
    {
        var claim = Extract.Incident("The shelling killed their two sons, 13 or 14 years old.");

        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(2), claim.Killed?[VictimCategory.Total]);
    }

    [Theory]
    [InlineData("Three civilians, including two young sisters, were killed in the strike.", 2)]
    [InlineData("Omar Haddad and his little son Ali were killed in the strike.", 1)]
    [InlineData("Two young men were killed in the strike.", 0)]
    public void Extract_YouthWordBeforeAKinWord_MakesAChild(string text, int children)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(children == 0 ? null : FigureRange.Exactly(children), claim.Killed?[VictimCategory.Children]);
    }

    [Theory]
    [InlineData("Four-year-old Muhammad Bahaa al-Din al-Kahlot was killed in the strike.")]
    [InlineData("His daughter, 11-year-old Layan Saleh, was also reported as killed and his other daughter was injured.")]
    [InlineData("Nine-year-old Sami bin Omar was later confirmed killed.")]
    public void Extract_AgedSubjectOfWasKilled_IsAChild(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(FigureRange.Exactly(1), claim.Killed?[VictimCategory.Children]);
    }

    [Fact]
    public void Extract_DescriptionBetweenSubjectAndVerb_IsNotTheSubjectsName()
    {
        // "married to Abdul Karim" describes Sana; the woman killed is one person, named twice.
        const string Text = "Sana Khalidi, married to Abdul Karim, was killed along with her son. Her brother mourned his sister Sana, who was killed in the strike.";

        var claim = Extract.Incident(Text);

        Assert.Equal(1, claim.Killed?[VictimCategory.Women]?.Max);
    }
}
