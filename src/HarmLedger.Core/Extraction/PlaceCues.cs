namespace HarmLedger.Extraction;

/// <summary>What the words around a place mention say of it, as <see cref="PlaceChooser"/> weighs it for every claim.</summary>
[Flags]
internal enum PlaceCues : byte
{
    /// <summary>Nothing, or not yet read.</summary>
    None = 0,

    /// <summary>The cues below have been read (so that a mention with none is not read again).</summary>
    Read = 1,

    /// <summary>Where the wounded were taken: "flown to hospital in Diyarbakır".</summary>
    TakenTo = 2,

    /// <summary>After "in", "near", "at" or "of".</summary>
    Preceded = 4,

    /// <summary>The dateline or heading opening the text.</summary>
    Dateline = 8,

    /// <summary>Before a facility's noun or a street's: "Kohat Road", "Aleppo hospital".</summary>
    Facility = 16,
}
