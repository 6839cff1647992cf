namespace HarmLedger.Geo;

/// <summary>Thrown when a text is not an MGRS grid reference this project can convert.</summary>
public sealed class MgrsFormatException : FormatException
{
    /// <summary>Creates the error for a reference and the reason it was refused.</summary>
    public MgrsFormatException(string reference, string reason)
        : base($"'{(reference.Length <= 40 ? reference : reference[..40] + "…")}' is not an MGRS reference: {reason}")
    {
        Reference = reference;
        Reason = reason;
    }

    /// <summary>The text that was refused.</summary>
    public string Reference { get; }

    /// <summary>Why it was refused.</summary>
    public string Reason { get; }
}
