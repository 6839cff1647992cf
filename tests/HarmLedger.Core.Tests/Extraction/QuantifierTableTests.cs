using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class QuantifierTableTests
{
    [Fact]
    public void Default_Dozens_IsAtLeastTwoDozen()
    {
        var range = QuantifierTable.Default["dozens of"];

        Assert.Equal(new FigureRange(24, null), range);
    }

    [Fact]
    public void Extract_CustomTable_OverridesTheDefault()
    {
        var options = ExtractionOptions.Default with
        {
            Quantifiers = QuantifierTable.Default.SetItem("dozens of", new FigureRange(12, 99)),
        };
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(), options);

        var claim = Assert.Single(extractor.Extract("Dozens of civilians were killed.", null, null).Claims);

        Assert.Equal(new FigureRange(12, 99), claim.Killed?[VictimCategory.Civilians]);
    }

    [Fact]
    public void Read_RowsOverTheDefaults_ReplaceAndAdd()
    {
        const string File = "# our codebook\ndozens of\t12\t99\nscores of\t20\t\na great many\t50\n";

        var table = QuantifierTable.Read(new StringReader(File), QuantifierTable.Default);

        Assert.Equal(new FigureRange(12, 99), table["Dozens of"]);
        Assert.Equal(new FigureRange(20, null), table["scores of"]);
        Assert.Equal(new FigureRange(50, null), table["a great many"]);
        Assert.Equal(QuantifierTable.Default["several"], table["several"]);
    }

    [Theory]
    [InlineData("dozens of\ttwelve\t99", "line 1")]
    [InlineData("# note\ndozens of\t30\t20", "line 2")]
    [InlineData("dozens of", "line 1")]
    public void Read_MalformedRow_NamesItsLine(string file, string expected)
    {
        var error = Assert.Throws<FormatException>(() => QuantifierTable.Read(new StringReader(file), QuantifierTable.Default));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
