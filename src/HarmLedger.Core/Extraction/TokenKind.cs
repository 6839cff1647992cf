namespace HarmLedger.Extraction;

/// <summary>What a token of text is.</summary>
internal enum TokenKind
{
    /// <summary>A run of letters (with digits or inner apostrophes).</summary>
    Word,

    /// <summary>A run of digits, possibly with thousands separators and a letter suffix.</summary>
    Number,

    /// <summary>Any other single character.</summary>
    Punct,
}
