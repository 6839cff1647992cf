using HarmLedger.Model;

namespace HarmLedger.Export;

/// <summary>The names the exports write for grades, statuses and precisions, and their parsing.</summary>
public static class ExportNames
{
    /// <summary>The status name, as the CLI's JSON writes it (<c>under-review</c>).</summary>
    public static string Status(IncidentStatus status) =>
        status == IncidentStatus.UnderReview ? "under-review" : Lower(status);

    /// <summary>The lower-case name of an enum value, e.g. <c>confirmed</c> or <c>day</c>.</summary>
    public static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Parses a status name, accepting <c>under-review</c> and <c>underreview</c>.</summary>
    public static bool TryStatus(string text, out IncidentStatus status) =>
        Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal), true, out status) && Enum.IsDefined(status);

    /// <summary>Parses a lower-case enum name.</summary>
    public static bool TryLower<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, true, out value) && Enum.IsDefined(value) && !text.Any(char.IsDigit);
}
