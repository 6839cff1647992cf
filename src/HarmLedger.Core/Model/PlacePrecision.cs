namespace HarmLedger.Model;

/// <summary>What a place's point stands for, from the finest to the coarsest.</summary>
public enum PlacePrecision
{
    /// <summary>A precise location (a building, coordinates).</summary>
    Exact,

    /// <summary>A town, village or city.</summary>
    Town,

    /// <summary>A district (second-order administrative unit).</summary>
    District,

    /// <summary>A province or governorate (first-order administrative unit).</summary>
    Province,

    /// <summary>Only the country is known.</summary>
    Country,
}
