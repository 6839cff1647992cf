using System.Runtime.CompilerServices;
using HarmLedger.Model;

namespace HarmLedger.Gazetteer;

/// <summary>A place the resolver can return, with what it needs to rank it among places of the same name.</summary>
/// <param name="Place">The place as returned.</param>
/// <param name="Kind">What the entry stands for.</param>
/// <param name="Admin1Code">GeoNames admin1 code, for matching a province named in the same text.</param>
/// <param name="Prominence">Prior rank without context: log10 of population plus a bonus for capitals and seats.</param>
/// <param name="Seat">Whether it is an administrative unit below a province, or the seat of one or of a province.</param>
internal sealed record IndexedPlace(Place Place, PlaceKind Kind, string Admin1Code, double Prominence, bool Seat = false)
{
    /// <summary>The country and admin1 code as one context key, e.g. "SY.07"; empty for countries and unknown units.</summary>
    public string ProvinceKey { get; } = Kind == PlaceKind.Country || Admin1Code.Length == 0 ? "" : Place.Country + "." + Admin1Code;

    /// <summary>Builds the indexed form of a GeoNames entry, or <c>null</c> for feature classes the resolver does not use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IndexedPlace? FromEntry(GazetteerEntry entry, string? admin1Name)
    {
        var kind = entry.FeatureClass switch
        {
            'P' => PlaceKind.Town,
            'A' when entry.FeatureCode == "ADM1" => PlaceKind.Province,
            'A' when entry.FeatureCode.StartsWith("PCL", StringComparison.Ordinal) => PlaceKind.Country,
            'A' when entry.FeatureCode.StartsWith("ADM", StringComparison.Ordinal) => PlaceKind.District,
            _ => (PlaceKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var precision = kind switch
        {
            PlaceKind.Country => PlacePrecision.Country,
            PlaceKind.Province => PlacePrecision.Province,
            PlaceKind.District => PlacePrecision.District,
            _ => PlacePrecision.Town,
        };
        var place = new Place(
            entry.AsciiName, admin1Name, entry.CountryCode, entry.Lat, entry.Lon, precision,
            entry.GeonameId > 0 ? entry.GeonameId : null);
        var prominence = Math.Log10(entry.Population + 1.0) + FeatureBonus(entry.FeatureCode) + KindBonus(kind.Value);
        var seat = kind == PlaceKind.District || entry.FeatureCode is "PPLC" or "PPLA" or "PPLA2";
        return new IndexedPlace(place, kind.Value, entry.Admin1Code, prominence, seat);
    }

    // A capital outranks a provincial seat, which outranks a district seat, which outranks a village. A populated
    // locality (the towns cities1000 lacks, of unknown size) ranks below all and is taken only where the text names its
    // country otherwise (see GazetteerResolver).
    private static double FeatureBonus(string featureCode) => featureCode switch
    {
        "PPLC" => 3.0,
        "PPLA" => 2.0,
        "PPLA2" => 1.0,
        "PPLA3" or "PPLA4" or "PPLA5" => 0.5,
        "PPLL" => LocalityBonus,
        _ => 0.0,
    };

    /// <summary>The prominence of a populated locality of unknown size: below zero, which no other place has.</summary>
    public const double LocalityBonus = -1.0;

    // Admin units rarely carry a population. A province weighs as a town of 100,000: its seat (PPLA, +2) usually wins the bare name.
    private static double KindBonus(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 10.0,
        PlaceKind.Province => 5.0,
        PlaceKind.District => 4.0,
        _ => 0.0,
    };
}
