namespace HarmLedger.Model;

/// <summary>How finely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day,

    /// <summary>Known to within a week.</summary>
    Week,

    /// <summary>Known to within a month.</summary>
    Month,

    /// <summary>Known to within a year.</summary>
    Year,
}
