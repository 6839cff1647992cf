using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

public sealed class GeoNamesWriterTests
{
    [Fact]
    public void FormatLine_ReadBack_GivesTheSameEntry()
    {
        var entry = GeoNamesRows.Entry(9000301, "Tall Abyad", "Tal Abyad,تل أبيض", 36.69746, 38.95669, "SY", "04", population: 14825, featureCode: "PPLA2");

        var line = GeoNamesReader.ParseLine(GeoNamesWriter.FormatLine(entry), 1);

        Assert.True(line.IsValid, line.Error);
        Assert.Equal(entry with { AlternateNames = [] }, line.Entry! with { AlternateNames = [] });
        Assert.Equal(entry.AlternateNames, line.Entry!.AlternateNames);
    }

    [Theory]
    [InlineData("P", true)]
    [InlineData("A", true)]
    [InlineData("H", false)]
    [InlineData("S", false)]
    public void IsResolvable_ByFeatureClass_KeepsPopulatedPlacesAndAdminUnits(string featureClass, bool expected)
    {
        var entry = GeoNamesRows.Entry(1, "Somewhere", "", 1, 1, "SY", "01", featureClass: featureClass, featureCode: "X");

        var resolvable = GeoNamesWriter.IsResolvable(entry);

        Assert.Equal(expected, resolvable);
    }
}
