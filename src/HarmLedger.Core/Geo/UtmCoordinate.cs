namespace HarmLedger.Geo;

/// <summary>A Universal Transverse Mercator coordinate on WGS84.</summary>
/// <param name="Zone">The zone number, 1 to 60.</param>
/// <param name="North">Whether the point is in the northern hemisphere (false northing 0) or the southern (10,000 km).</param>
/// <param name="Easting">Metres, with the 500 km false easting.</param>
/// <param name="Northing">Metres, with the false northing of the hemisphere.</param>
public readonly record struct UtmCoordinate(int Zone, bool North, double Easting, double Northing);
