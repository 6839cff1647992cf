namespace HarmLedger.Gazetteer;

/// <summary>A first-order administrative unit (province, governorate, oblast) with its names and a representative point.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Code">GeoNames admin1 code within the country, e.g. "07".</param>
/// <param name="Name">The English name used as <see cref="Model.Place.Admin1"/>, e.g. "Deir ez-Zor".</param>
/// <param name="AlternateNames">Other spellings, in any script.</param>
/// <param name="Lat">Latitude of the unit's capital or centre.</param>
/// <param name="Lon">Longitude of the unit's capital or centre.</param>
public sealed record Admin1Division(
    string Country, string Code, string Name, IReadOnlyList<string> AlternateNames, double Lat, double Lon);
