namespace HarmLedger.Core.Tests.Extraction;

public sealed class PerpetratorAndWeaponTests
{
    [Theory]
    [InlineData("A US airstrike killed 3 civilians.", "United States")]
    [InlineData("A U.S. airstrike killed 3 civilians.", "United States")]
    [InlineData("A US-led coalition airstrike killed 3 civilians.", "United States")]
    [InlineData("American warplanes killed 3 civilians.", "United States")]
    [InlineData("Israeli shelling killed 3 civilians.", "Israel")]
    [InlineData("3 civilians were killed by the IDF.", "Israel")]
    [InlineData("Russian jets killed 3 civilians.", "Russia")]
    [InlineData("3 civilians were killed by Daesh militants.", "Islamic State")]
    [InlineData("3 civilians were killed by ISIS.", "Islamic State")]
    [InlineData("Regime forces shelling killed 3 civilians.", "Syrian government")]
    [InlineData("3 civilians were killed when Afghan forces fired mortars.", "Afghan forces")]
    [InlineData("Azerbaijani shelling killed 2 civilians overnight.", "Azerbaijan")]
    [InlineData("3 villagers were killed when Nigerian troops opened fire.", "Nigeria")]
    [InlineData("A Sudanese army airstrike killed 8 civilians.", "Sudan")]
    public void Extract_Alias_IsNormalised(string text, string perpetrator)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(perpetrator, claim.Perpetrator);
    }

    [Theory]
    [InlineData("A truck bomb killed 79 people at the checkpoint, among them two Turkish nationals.")]
    [InlineData("Three Israeli soldiers were killed when the vehicle hit a mine.")]
    [InlineData("A blast killed Syrian refugees waiting at the border crossing.")]
    [InlineData("A car bomb killed 12 civilians in Syria on Friday.")]
    public void Extract_VictimsNationality_IsNoPerpetrator(string text)
    {
        var claim = Extract.Incident(text);

        Assert.Null(claim.Perpetrator);
    }

    [Fact]
    public void Extract_AttackersCountedAfterBy_AreThePerpetrator()
    {
        var claim = Extract.Incident("At least 32 people were killed in an attack by two IS militants on a ceremony.");

        Assert.Equal("Islamic State", claim.Perpetrator);
    }

    [Theory]
    [InlineData("A coalition air strike hit a prison run by Islamic State, killing 40 civilians held inside.", "United States")]
    [InlineData("Russian warplanes bombed a hospital held by rebels, killing 9 civilians.", "Russia")]
    [InlineData("An Israeli strike hit a school used by Hamas, killing 12 civilians.", "Israel")]
    public void Extract_PartyModifyingTheAttack_WinsOverWhoHoldsThePlace(string text, string perpetrator)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(perpetrator, claim.Perpetrator);
    }

    [Fact]
    public void Extract_AttackerNamedInTheLeadOnly_IsTheClaimsPerpetrator()
    {
        const string Text = "An air strike by the US-led coalition destroyed several houses in the old city on Friday.\n\n" +
                            "Rescue workers said at least 27 civilians were killed.";

        var claim = Extract.Incident(Text);

        Assert.Equal("United States", claim.Perpetrator);
        Assert.Equal("airstrike", claim.Weapon);
    }

    [Theory]
    [InlineData("An air strike killed 3 civilians.", "airstrike")]
    [InlineData("Warplanes killed 3 civilians.", "airstrike")]
    [InlineData("A drone strike killed 3 civilians.", "drone strike")]
    [InlineData("Shelling killed 3 civilians.", "shelling")]
    [InlineData("Artillery fire killed 3 civilians.", "artillery")]
    [InlineData("A HIMARS rocket killed 3 civilians.", "HIMARS")]
    [InlineData("A roadside bomb killed 3 civilians.", "IED")]
    [InlineData("Gunfire killed 3 civilians.", "gunfire")]
    public void Extract_WeaponWord_IsNormalised(string text, string weapon)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(weapon, claim.Weapon);
    }

    [Theory]
    [InlineData("Rapid Support Forces fighters killed 30 villagers on Monday.", "Rapid Support Forces")]
    [InlineData("On 5 May 2021, JNIM militants attacked an army post, killing 4 soldiers.", "JNIM")]
    [InlineData("Myanmar military jets bombed a village on Tuesday, killing at least 40 people.", "Myanmar")]
    public void Extract_ArmedGroupOrCountryNameBeforeItsForces_IsThePerpetrator(string text, string perpetrator)
    {
        var claim = Extract.Incident(text);

        Assert.Equal(perpetrator, claim.Perpetrator);
    }
}
