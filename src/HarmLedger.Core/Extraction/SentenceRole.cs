namespace HarmLedger.Extraction;

/// <summary>What a sentence with casualty figures reports.</summary>
internal enum SentenceRole
{
    /// <summary>An event's toll, possibly the one already being read.</summary>
    Incident,

    /// <summary>An event's toll that the text marks as another event ("in a separate strike").</summary>
    NewIncident,

    /// <summary>A cumulative count.</summary>
    Tally,
}
