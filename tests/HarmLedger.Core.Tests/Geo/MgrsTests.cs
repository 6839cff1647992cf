using HarmLedger.Geo;
using HarmLedger.Linking;

namespace HarmLedger.Core.Tests.Geo;

public sealed class MgrsTests
{
    [Fact]
    public void Parse_BaghdadSquare_LandsInBaghdad()
    {
        var point = Mgrs.Parse("38SMB4484");

        Assert.Equal(1000, point.AccuracyMetres);
        Assert.True(GeoDistance.Kilometres(point.Lat, point.Lon, 33.3152, 44.3661) < 10, $"{point.Lat}, {point.Lon}");
    }

    [Fact]
    public void Parse_SpacedAndLowerCase_EqualsCompactForm()
    {
        var spaced = Mgrs.Parse(" 38s mb 44 84 ");

        var compact = Mgrs.Parse("38SMB4484");

        Assert.Equal(compact, spaced);
    }

    [Theory]
    [InlineData("37SFU", 100_000)]
    [InlineData("37SFU12", 10_000)]
    [InlineData("37SFU1234", 1_000)]
    [InlineData("37SFU123456", 100)]
    [InlineData("37SFU12345678", 10)]
    [InlineData("37SFU1234567890", 1)]
    public void Parse_DigitPairs_SetTheSquareSize(string reference, int metres)
    {
        var point = Mgrs.Parse(reference);

        Assert.Equal(metres, point.AccuracyMetres);
    }

    [Fact]
    public void Parse_FinerReference_StaysInsideTheCoarserSquare()
    {
        var coarse = Mgrs.Parse("37SFU12");

        var fine = Mgrs.Parse("37SFU1234525000");

        Assert.True(GeoDistance.Kilometres(coarse.Lat, coarse.Lon, fine.Lat, fine.Lon) < 7.1);
    }

    [Theory]
    [InlineData("38SMB448")]
    [InlineData("38SMB44844")]
    [InlineData("38SMB448448448")]
    [InlineData("61SMB4484")]
    [InlineData("38IMB4484")]
    [InlineData("38SAB4484")]
    [InlineData("38SMW4484")]
    [InlineData("38S-MB-4484")]
    [InlineData("")]
    [InlineData("Baghdad")]
    public void Parse_Malformed_ThrowsMgrsFormatException(string reference)
    {
        var error = Assert.Throws<MgrsFormatException>(() => Mgrs.Parse(reference));

        Assert.Equal(reference, error.Reference);
    }

    [Theory]
    [InlineData("38YMB4484")]
    [InlineData("ZAH1234")]
    [InlineData("1AAB1234")]
    public void Parse_PolarBand_IsRefusedAsUps(string reference)
    {
        var error = Assert.Throws<MgrsFormatException>(() => Mgrs.Parse(reference));

        Assert.Contains("UPS", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowLetterOutsideItsBand_IsRefused()
    {
        // In zone 38 row B starts 3,600 km north (32.5°N), beyond band R (24°N–32°N).
        var ok = Mgrs.TryParse("38RMB4484", out _, out var error);

        Assert.False(ok);
        Assert.Contains("band", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(38.8895, -77.0353, "18SUJ")]
    [InlineData(33.3152, 44.3661, "38SMB")]
    [InlineData(36.3400, 43.1300, "38SLF")]
    [InlineData(34.5553, 69.2075, "42SWD")]
    [InlineData(31.5017, 34.4668, "36RXV")]
    public void Format_KnownCities_GiveTheirZoneBandAndSquare(double lat, double lon, string expected)
    {
        var reference = Mgrs.Format(lat, lon, 0);

        Assert.Equal(expected, reference);
    }

    [Fact]
    public void Format_ThenParse_RoundTripsToUnderAMetreAcrossZones36To42()
    {
        var random = new Random(2024);
        var worstMetres = 0.0;

        for (var i = 0; i < 5000; i++)
        {
            var lat = 29 + (random.NextDouble() * 9);
            var lon = 30.01 + (random.NextDouble() * 41.98);
            var point = Mgrs.Parse(Mgrs.Format(lat, lon));
            worstMetres = Math.Max(worstMetres, GeoDistance.Kilometres(lat, lon, point.Lat, point.Lon) * 1000);
        }

        Assert.True(worstMetres < 1, $"worst {worstMetres} m");
    }

    [Fact]
    public void Format_ThenParse_RoundTripsWorldwideIncludingTheSouth()
    {
        var random = new Random(7);
        var worstMetres = 0.0;

        for (var i = 0; i < 5000; i++)
        {
            var lat = -79.9 + (random.NextDouble() * 163.8);
            var lon = -179.99 + (random.NextDouble() * 359.98);
            var point = Mgrs.Parse(Mgrs.Format(lat, lon, 4));
            worstMetres = Math.Max(worstMetres, GeoDistance.Kilometres(lat, lon, point.Lat, point.Lon) * 1000);
        }

        Assert.True(worstMetres < 7.1 + 0.01, $"worst {worstMetres} m");
    }

    [Fact]
    public void Format_PolarPoint_Throws()
    {
        var act = () => Mgrs.Format(85, 10);

        Assert.Throws<ArgumentOutOfRangeException>(act);
    }
}
