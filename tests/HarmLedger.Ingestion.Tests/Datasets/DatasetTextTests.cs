using HarmLedger.Ingestion.Datasets;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Tests.Datasets;

public sealed class DatasetTextTests
{
    [Theory]
    [InlineData("IS", "Islamic State")]
    [InlineData("ISIL", "Islamic State")]
    [InlineData("Government of United States of America", "United States")]
    [InlineData("Government of Iraq", "Iraq")]
    [InlineData("Military Forces of Afghanistan (2014-2021)", "Military Forces of Afghanistan")]
    [InlineData("  Taliban ", "Taliban")]
    public void ActorNamesNormalise_CommonNames_AreMapped(string name, string expected)
    {
        var normalised = ActorNames.Normalise(name);

        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData("3", 3, 3)]
    [InlineData("1-3", 1, 3)]
    [InlineData("2 – 4", 2, 4)]
    [InlineData("1,200", 1200, 1200)]
    [InlineData("5+", 5, null)]
    [InlineData("7.0", 7, 7)]
    public void FigureTextParse_CountsAndRanges_AreRead(string text, int min, int? max)
    {
        var range = FigureText.Parse(text);

        Assert.Equal(new FigureRange(min, max), range);
    }

    [Theory]
    [InlineData("4-1")]
    [InlineData("many")]
    [InlineData("99999999")]
    public void FigureTextParse_Nonsense_Throws(string text)
    {
        Func<object?> act = () => FigureText.Parse(text);

        Assert.Throws<FormatException>(act);
    }

    [Theory]
    [InlineData("IRQ", "IQ")]
    [InlineData("PSE", "PS")]
    [InlineData("XKX", "XK")]
    public void CountryCodesFromAlpha3_KnownCode_GivesAlpha2(string alpha3, string alpha2)
    {
        var code = CountryCodes.FromAlpha3(alpha3);

        Assert.Equal(alpha2, code);
    }

    [Theory]
    [InlineData("Syria", "SY")]
    [InlineData("Yemen (North Yemen)", "YE")]
    [InlineData("Democratic Republic of Congo", "CD")]
    [InlineData("palestine", "PS")]
    public void CountryCodesFromName_DatasetSpellings_GiveAlpha2(string name, string alpha2)
    {
        var code = CountryCodes.FromName(name);

        Assert.Equal(alpha2, code);
    }

    [Fact]
    public void DatasetReadersFor_EveryFormat_GivesItsReader()
    {
        var formats = DatasetReaders.Formats.Select(f => DatasetReaders.For(f)!.Format);

        Assert.Equal(DatasetReaders.Formats, formats);
        Assert.Null(DatasetReaders.For("gdelt"));
    }
}
