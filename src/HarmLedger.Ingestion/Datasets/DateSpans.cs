using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Builds a date span from a first and last day, with the precision their distance implies.</summary>
internal static class DateSpans
{
    /// <summary>One day, or a span that is a week, a month or a year wide at most; refuses an end before the start.</summary>
    public static DateSpan Between(DateOnly start, DateOnly? end)
    {
        var last = end ?? start;
        var days = last.DayNumber - start.DayNumber;
        if (days < 0)
        {
            throw new RowException("the end date is before the start date");
        }

        var precision = days switch
        {
            0 => DatePrecision.Day,
            <= 7 => DatePrecision.Week,
            <= 31 => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        return new DateSpan(start, last, precision);
    }
}
