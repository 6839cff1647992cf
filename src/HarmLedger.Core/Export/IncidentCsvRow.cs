using HarmLedger.Model;

namespace HarmLedger.Export;

/// <summary>One row of an incident CSV export, read back: the incident, or why it could not be read.</summary>
/// <param name="Line">The 1-based physical line the row starts on.</param>
/// <param name="Text">The row as written.</param>
/// <param name="Incident">The incident, or <c>null</c> when <paramref name="Error"/> says why not.</param>
/// <param name="Error">Why the row could not be read, or <c>null</c>.</param>
public sealed record IncidentCsvRow(int Line, string Text, Incident? Incident, string? Error);
