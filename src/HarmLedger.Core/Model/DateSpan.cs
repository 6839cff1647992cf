namespace HarmLedger.Model;

/// <summary>When something happened, as a range of days with the precision it is known to.</summary>
/// <remarks>Both ends are inclusive: a one-day event has <c>Start == End</c>.</remarks>
public sealed record DateSpan(DateOnly? Start, DateOnly? End, DatePrecision? Precision)
{
    /// <summary>A date that could not be resolved.</summary>
    public static readonly DateSpan Unknown = new(null, null, null);

    /// <summary>One known day.</summary>
    public static DateSpan Day(DateOnly day) => new(day, day, DatePrecision.Day);
}
