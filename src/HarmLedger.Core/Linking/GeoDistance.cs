namespace HarmLedger.Linking;

/// <summary>Great-circle distance between two points.</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The haversine distance in kilometres between two latitude/longitude points in degrees.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        const double Rad = Math.PI / 180;
        var dLat = (lat2 - lat1) * Rad;
        var dLon = (lon2 - lon1) * Rad;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
