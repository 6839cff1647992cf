namespace HarmLedger.Csv;

/// <summary>Where a field's content lies in its record's raw text.</summary>
/// <remarks>
/// Offsets are UTF-16 code units into <see cref="CsvRecord.Text"/>; <see cref="End"/> is exclusive.
/// For a quoted field the span excludes the quotes but keeps any doubled quote as written.
/// </remarks>
public readonly record struct CsvSpan(int Start, int End);
