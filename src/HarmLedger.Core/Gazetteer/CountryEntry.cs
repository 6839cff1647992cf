namespace HarmLedger.Gazetteer;

/// <summary>A country with its names, demonyms and a centroid.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The English short name.</param>
/// <param name="AlternateNames">Other names and demonyms ("Syrian"), in any script.</param>
/// <param name="Lat">Latitude of the centroid.</param>
/// <param name="Lon">Longitude of the centroid.</param>
public sealed record CountryEntry(string Code, string Name, IReadOnlyList<string> AlternateNames, double Lat, double Lon);
