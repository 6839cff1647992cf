using System.Collections.Immutable;

namespace HarmLedger.Csv;

/// <summary>One record of a CSV file: its fields, the line it starts on and its raw text.</summary>
/// <param name="Line">The 1-based physical line the record starts on.</param>
/// <param name="Text">The record as written, without its line break (cut at the record size limit).</param>
/// <param name="Fields">The unquoted field values.</param>
/// <param name="Spans">Where each field's content lies in <paramref name="Text"/>.</param>
/// <param name="Error">Why the record cannot be trusted (too long, unclosed quote), or <c>null</c>.</param>
public sealed record CsvRecord(
    int Line, string Text, ImmutableArray<string> Fields, ImmutableArray<CsvSpan> Spans, string? Error)
{
    /// <summary>The field at an index, or the empty string when the record is shorter.</summary>
    public string this[int index] => index >= 0 && index < Fields.Length ? Fields[index] : "";

    /// <summary>Whether every field is empty after trimming.</summary>
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
