using System.Collections.Immutable;

namespace HarmLedger.Geo;

/// <summary>Converts between WGS84 latitude/longitude and UTM, by Krüger's series to sixth order (sub-millimetre within a zone).</summary>
public static class Utm
{
    private const double A = 6_378_137.0;
    private const double F = 1 / 298.257223563;
    private const double K0 = 0.9996;
    private const double FalseEasting = 500_000;
    private const double FalseNorthingSouth = 10_000_000;
    private static readonly double E = Math.Sqrt(F * (2 - F));
    private static readonly double N = F / (2 - F);
    private static readonly double Rectifying = A / (1 + N) * (1 + (N * N / 4) + (Math.Pow(N, 4) / 64) + (Math.Pow(N, 6) / 256));
    private static readonly ImmutableArray<double> Alpha = AlphaSeries(N);
    private static readonly ImmutableArray<double> Beta = BetaSeries(N);

    /// <summary>The UTM zone of a point, with the Norway (32V) and Svalbard (31X–37X) exceptions.</summary>
    public static int ZoneOf(double lat, double lon)
    {
        var zone = (int)Math.Floor((lon + 180) / 6) + 1;
        zone = Math.Clamp(zone, 1, 60);
        if (lat is >= 56 and < 64 && lon is >= 3 and < 12)
        {
            return 32;
        }

        if (lat is >= 72 and < 84 && lon >= 0 && lon < 42)
        {
            return lon < 9 ? 31 : lon < 21 ? 33 : lon < 33 ? 35 : 37;
        }

        return zone;
    }

    /// <summary>Projects a point into UTM, in its own zone or in the zone given.</summary>
    public static UtmCoordinate FromLatLon(double lat, double lon, int? zone = null)
    {
        var z = zone ?? ZoneOf(lat, lon);
        var lambda = DegreesToRadians(lon - CentralMeridian(z));
        var phi = DegreesToRadians(lat);
        var tau = Math.Tan(phi);
        var sigma = Math.Sinh(E * Math.Atanh(E * tau / Math.Sqrt(1 + (tau * tau))));
        var tauPrime = (tau * Math.Sqrt(1 + (sigma * sigma))) - (sigma * Math.Sqrt(1 + (tau * tau)));
        var xiPrime = Math.Atan2(tauPrime, Math.Cos(lambda));
        var etaPrime = Math.Asinh(Math.Sin(lambda) / Math.Sqrt((tauPrime * tauPrime) + (Math.Cos(lambda) * Math.Cos(lambda))));
        var xi = xiPrime;
        var eta = etaPrime;
        for (var j = 1; j <= 6; j++)
        {
            xi += Alpha[j] * Math.Sin(2 * j * xiPrime) * Math.Cosh(2 * j * etaPrime);
            eta += Alpha[j] * Math.Cos(2 * j * xiPrime) * Math.Sinh(2 * j * etaPrime);
        }

        var easting = (K0 * Rectifying * eta) + FalseEasting;
        var northing = K0 * Rectifying * xi;
        var north = lat >= 0;
        return new UtmCoordinate(z, north, easting, north ? northing : northing + FalseNorthingSouth);
    }

    /// <summary>Unprojects a UTM coordinate to latitude and longitude.</summary>
    public static LatLon ToLatLon(UtmCoordinate utm)
    {
        var eta = (utm.Easting - FalseEasting) / (K0 * Rectifying);
        var xi = (utm.North ? utm.Northing : utm.Northing - FalseNorthingSouth) / (K0 * Rectifying);
        var xiPrime = xi;
        var etaPrime = eta;
        for (var j = 1; j <= 6; j++)
        {
            xiPrime -= Beta[j] * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
            etaPrime -= Beta[j] * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
        }

        var sinhEtaPrime = Math.Sinh(etaPrime);
        var tauPrime = Math.Sin(xiPrime) / Math.Sqrt((sinhEtaPrime * sinhEtaPrime) + (Math.Cos(xiPrime) * Math.Cos(xiPrime)));
        var tau = tauPrime;
        for (var i = 0; i < 20; i++)
        {
            var sigma = Math.Sinh(E * Math.Atanh(E * tau / Math.Sqrt(1 + (tau * tau))));
            var tauI = (tau * Math.Sqrt(1 + (sigma * sigma))) - (sigma * Math.Sqrt(1 + (tau * tau)));
            var delta = (tauPrime - tauI) / Math.Sqrt(1 + (tauI * tauI))
                * (1 + ((1 - (E * E)) * tau * tau)) / ((1 - (E * E)) * Math.Sqrt(1 + (tau * tau)));
            tau += delta;
            if (Math.Abs(delta) < 1e-12)
            {
                break;
            }
        }

        var lat = RadiansToDegrees(Math.Atan(tau));
        var lon = RadiansToDegrees(Math.Atan2(sinhEtaPrime, Math.Cos(xiPrime))) + CentralMeridian(utm.Zone);
        return new LatLon(lat, lon);
    }

    /// <summary>The longitude of a zone's central meridian, in degrees.</summary>
    public static double CentralMeridian(int zone) => ((zone - 1) * 6) - 180 + 3;

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;

    private static double RadiansToDegrees(double radians) => radians * 180 / Math.PI;

    private static ImmutableArray<double> AlphaSeries(double n)
    {
        double n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
        return
        [
            0,
            (n / 2) - (2.0 / 3 * n2) + (5.0 / 16 * n3) + (41.0 / 180 * n4) - (127.0 / 288 * n5) + (7891.0 / 37800 * n6),
            (13.0 / 48 * n2) - (3.0 / 5 * n3) + (557.0 / 1440 * n4) + (281.0 / 630 * n5) - (1983433.0 / 1935360 * n6),
            (61.0 / 240 * n3) - (103.0 / 140 * n4) + (15061.0 / 26880 * n5) + (167603.0 / 181440 * n6),
            (49561.0 / 161280 * n4) - (179.0 / 168 * n5) + (6601661.0 / 7257600 * n6),
            (34729.0 / 80640 * n5) - (3418889.0 / 1995840 * n6),
            212378941.0 / 319334400 * n6,
        ];
    }

    private static ImmutableArray<double> BetaSeries(double n)
    {
        double n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
        return
        [
            0,
            (n / 2) - (2.0 / 3 * n2) + (37.0 / 96 * n3) - (1.0 / 360 * n4) - (81.0 / 512 * n5) + (96199.0 / 604800 * n6),
            (1.0 / 48 * n2) + (1.0 / 15 * n3) - (437.0 / 1440 * n4) + (46.0 / 105 * n5) - (1118711.0 / 3870720 * n6),
            (17.0 / 480 * n3) - (37.0 / 840 * n4) - (209.0 / 4480 * n5) + (5569.0 / 90720 * n6),
            (4397.0 / 161280 * n4) - (11.0 / 504 * n5) - (830251.0 / 7257600 * n6),
            (4583.0 / 161280 * n5) - (108847.0 / 3991680 * n6),
            20648693.0 / 638668800 * n6,
        ];
    }
}
