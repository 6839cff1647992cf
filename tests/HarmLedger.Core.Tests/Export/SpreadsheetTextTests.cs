using HarmLedger.Export;

namespace HarmLedger.Core.Tests.Export;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+SOHR", "'+SOHR")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("'already", "''already")]
    [InlineData("Mosul", "Mosul")]
    public void Protect_Text_PrefixesFormulaStarters(string text, string cell)
    {
        var protectedText = SpreadsheetText.Protect(text);

        Assert.Equal(cell, protectedText);
        Assert.Equal(text, SpreadsheetText.Unprotect(protectedText));
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, "a; b")]
    [InlineData(new[] { "x;y", "back\\slash" }, "x\\;y; back\\\\slash")]
    public void ListCellJoin_Names_SplitsBackExactly(string[] names, string cell)
    {
        var joined = ListCell.Join(names);

        Assert.Equal(cell, joined);
        Assert.Equal(names, ListCell.Split(joined));
    }
}
