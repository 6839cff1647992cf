using HarmLedger.Geo;

namespace HarmLedger.Core.Tests.Geo;

public sealed class UtmTests
{
    [Fact]
    public void FromLatLon_EquatorOnCentralMeridian_IsTheFalseOrigin()
    {
        var utm = Utm.FromLatLon(0, 3);

        Assert.Equal(31, utm.Zone);
        Assert.Equal(500_000, utm.Easting, 3);
        Assert.Equal(0, utm.Northing, 3);
    }

    [Fact]
    public void FromLatLon_EquatorAtZoneEdge_GivesTheTextbookMinimumEasting()
    {
        var utm = Utm.FromLatLon(0, 0, 31);

        Assert.Equal(166_021.443, utm.Easting, 2);
    }

    [Fact]
    public void FromLatLon_45NorthOnCentralMeridian_IsTheScaledMeridianArc()
    {
        // The meridian arc from the equator to 45° on WGS84 is 4,984,944.378 m; UTM scales it by 0.9996.
        var utm = Utm.FromLatLon(45, 9);

        Assert.Equal(4_984_944.378 * 0.9996, utm.Northing, 2);
    }

    [Fact]
    public void FromLatLon_SouthernHemisphere_AddsTheFalseNorthing()
    {
        var utm = Utm.FromLatLon(-10, 3);

        Assert.False(utm.North);
        Assert.InRange(utm.Northing, 8_800_000, 9_000_000);
    }

    [Theory]
    [InlineData(60.0, 5.0, 32)]
    [InlineData(78.0, 15.0, 33)]
    [InlineData(33.31, 44.37, 38)]
    [InlineData(34.53, 69.17, 42)]
    public void ZoneOf_Point_FollowsTheGridIncludingNorwayAndSvalbard(double lat, double lon, int zone)
    {
        var actual = Utm.ZoneOf(lat, lon);

        Assert.Equal(zone, actual);
    }

    [Fact]
    public void ToLatLon_OfFromLatLon_RoundTripsToAMillimetre()
    {
        var random = new Random(4);
        var worst = 0.0;

        for (var i = 0; i < 2000; i++)
        {
            var lat = (random.NextDouble() * 150) - 75;
            var lon = (random.NextDouble() * 359.9) - 179.95;
            var back = Utm.ToLatLon(Utm.FromLatLon(lat, lon));
            worst = Math.Max(worst, Math.Max(Math.Abs(back.Lat - lat), Math.Abs(back.Lon - lon)));
        }

        Assert.True(worst < 1e-8, $"worst difference {worst} degrees");
    }
}
