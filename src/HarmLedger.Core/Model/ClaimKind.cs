namespace HarmLedger.Model;

/// <summary>What sort of assertion a claim is.</summary>
public enum ClaimKind
{
    /// <summary>The toll of one event.</summary>
    Incident,

    /// <summary>A cumulative toll over a scope (belligerent, country, period).</summary>
    Tally,

    /// <summary>A belligerent says it struck, or assesses the harm.</summary>
    Acknowledgement,

    /// <summary>Anything else worth keeping.</summary>
    Other,
}
