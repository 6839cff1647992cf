namespace HarmLedger.Storage;

/// <summary>What storing a dataset row's claim did.</summary>
public enum ClaimUpsert
{
    /// <summary>The row was new.</summary>
    Added,

    /// <summary>The row was stored before and has changed; the claim was updated.</summary>
    Changed,

    /// <summary>The row was stored before, unchanged; nothing was written.</summary>
    Unchanged,
}
