namespace HarmLedger.Model;

/// <summary>A resolved location: a gazetteer point with what it stands for.</summary>
/// <param name="Name">The gazetteer's name for the place.</param>
/// <param name="Admin1">The first-order administrative unit (province, governorate), if known.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Lat">Latitude in degrees (WGS84).</param>
/// <param name="Lon">Longitude in degrees (WGS84).</param>
/// <param name="Precision">What the point stands for.</param>
/// <param name="GeonameId">The GeoNames id, when the place came from GeoNames.</param>
public sealed record Place(
    string Name, string? Admin1, string Country, double Lat, double Lon, PlacePrecision Precision, long? GeonameId);
