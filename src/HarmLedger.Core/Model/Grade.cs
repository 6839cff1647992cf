namespace HarmLedger.Model;

/// <summary>How far an incident's civilian harm is established, on the scale monitors use.</summary>
public enum Grade
{
    /// <summary>A single source, or scant information.</summary>
    Weak,

    /// <summary>Two or more credible independent sources, and a strike nearby acknowledged.</summary>
    Fair,

    /// <summary>The belligerent accepts it.</summary>
    Confirmed,

    /// <summary>More than one party is blamed.</summary>
    Contested,

    /// <summary>Later shown not to involve civilian harm from this party.</summary>
    Discounted,
}
