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
}
