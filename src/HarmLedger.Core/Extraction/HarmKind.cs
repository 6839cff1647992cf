namespace HarmLedger.Extraction;

/// <summary>Which harm a figure counts.</summary>
internal enum HarmKind
{
    /// <summary>Deaths.</summary>
    Killed,

    /// <summary>Injuries.</summary>
    Injured,
}
