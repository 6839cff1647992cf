namespace HarmLedger.Gazetteer;

/// <summary>What a gazetteer entry stands for, which sets the precision of a place resolved to it.</summary>
internal enum PlaceKind
{
    /// <summary>A populated place (GeoNames class P or a supplement entry).</summary>
    Town,

    /// <summary>A second- or lower-order administrative unit (GeoNames ADM2 to ADM5, ADMD).</summary>
    District,

    /// <summary>A first-order administrative unit (the admin1 table, or GeoNames ADM1).</summary>
    Province,

    /// <summary>A country (the country table, or GeoNames PCL*).</summary>
    Country,
}
