using HarmLedger.Linking;

namespace HarmLedger.Core.Tests.Linking;

public sealed class GeoDistanceTests
{
    [Fact]
    public void Kilometres_OneDegreeOfLatitude_IsAbout111()
    {
        var km = GeoDistance.Kilometres(35, 40, 36, 40);

        Assert.InRange(km, 110.5, 111.8);
    }

    [Fact]
    public void Kilometres_SamePoint_IsZero()
    {
        Assert.Equal(0, GeoDistance.Kilometres(35.02, 40.45, 35.02, 40.45), 9);
    }
}
