namespace HarmLedger.Gazetteer;

/// <summary>One row of a GeoNames-format gazetteer: a named place with its point and codes.</summary>
/// <param name="GeonameId">The GeoNames id; 0 for hand-written entries that have none.</param>
/// <param name="Name">The name as GeoNames writes it (may carry diacritics).</param>
/// <param name="AsciiName">The name in plain ASCII.</param>
/// <param name="AlternateNames">Other names and spellings, in any script.</param>
/// <param name="Lat">Latitude in degrees (WGS84).</param>
/// <param name="Lon">Longitude in degrees (WGS84).</param>
/// <param name="FeatureClass">GeoNames feature class: P populated place, A administrative unit, and others.</param>
/// <param name="FeatureCode">GeoNames feature code, e.g. PPLC (capital), PPLA (first-order seat), ADM2.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Admin1Code">GeoNames first-order administrative code within the country, e.g. "07".</param>
/// <param name="Population">Population, 0 when unknown.</param>
public sealed record GazetteerEntry(
    long GeonameId,
    string Name,
    string AsciiName,
    IReadOnlyList<string> AlternateNames,
    double Lat,
    double Lon,
    char FeatureClass,
    string FeatureCode,
    string CountryCode,
    string Admin1Code,
    long Population);
