namespace HarmLedger.Geo;

/// <summary>The centre of an MGRS grid square and how far the square reaches.</summary>
/// <param name="Lat">Latitude of the square's centre, degrees WGS84.</param>
/// <param name="Lon">Longitude of the square's centre, degrees WGS84.</param>
/// <param name="AccuracyMetres">The side of the square: 100,000 m with no digits, 10,000 m for one digit pair, down to 1 m for five.</param>
public sealed record MgrsPoint(double Lat, double Lon, int AccuracyMetres);
