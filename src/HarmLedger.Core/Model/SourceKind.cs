namespace HarmLedger.Model;

/// <summary>What sort of outlet or organisation a source is.</summary>
public enum SourceKind
{
    /// <summary>Not yet classified.</summary>
    Unknown,

    /// <summary>Local media or activist news sites.</summary>
    LocalMedia,

    /// <summary>A civilian-harm monitor (Airwars, SOHR, IBC).</summary>
    Monitor,

    /// <summary>Wire services and international outlets.</summary>
    InternationalMedia,

    /// <summary>A party to the conflict.</summary>
    Belligerent,

    /// <summary>A non-governmental or UN organisation.</summary>
    Ngo,

    /// <summary>Social media accounts.</summary>
    SocialMedia,
}
