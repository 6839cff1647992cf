namespace HarmLedger.Extraction;

/// <summary>How a bound word qualifies a figure.</summary>
internal enum Bound
{
    /// <summary>No bound: the figure is exact (or approximate, counted as stated).</summary>
    None,

    /// <summary>"at least", "over", "no fewer than": the figure is a minimum.</summary>
    AtLeast,

    /// <summary>"more than": strictly above the figure, so the minimum is one more (as Airwars counts "more than 70" as 71).</summary>
    MoreThan,

    /// <summary>"up to", "as many as": the figure is a maximum.</summary>
    AtMost,

    /// <summary>"nearly", "almost": just under the figure.</summary>
    Nearly,

    /// <summary>"between A and B".</summary>
    Between,
}
