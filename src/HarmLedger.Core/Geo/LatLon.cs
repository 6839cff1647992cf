namespace HarmLedger.Geo;

/// <summary>A point on the WGS84 ellipsoid, in degrees.</summary>
public readonly record struct LatLon(double Lat, double Lon);
