namespace HarmLedger.Csv;

/// <summary>Bounds on what one CSV record may hold, so a broken file cannot exhaust memory.</summary>
/// <param name="MaxFieldChars">The longest field kept; a longer one makes the record an error.</param>
/// <param name="MaxRecordChars">The longest raw record kept; a longer one makes the record an error.</param>
/// <param name="MaxFields">The most fields in one record.</param>
public sealed record CsvLimits(int MaxFieldChars = 65_536, int MaxRecordChars = 262_144, int MaxFields = 512)
{
    /// <summary>The limits used when none are given.</summary>
    public static readonly CsvLimits Default = new();
}
