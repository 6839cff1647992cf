using System.Globalization;
using System.Text.Json;

namespace HarmLedger.Ingestion.Reading;

/// <summary>A report's metadata, from its <c>NAME.meta.json</c> sidecar or from flags.</summary>
/// <param name="Published">The publication date.</param>
/// <param name="Source">The publishing outlet or organisation.</param>
public sealed record Sidecar(DateOnly? Published, string? Source, string? Url, string? Title)
{
    /// <summary>No metadata.</summary>
    public static readonly Sidecar None = new(null, null, null, null);

    /// <summary>Sidecars larger than this are not metadata.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The sidecar path for a report: <c>dir/NAME.meta.json</c> beside <c>dir/NAME.ext</c>.</summary>
    public static string PathFor(string reportPath) =>
        Path.Combine(Path.GetDirectoryName(reportPath) ?? "", Path.GetFileNameWithoutExtension(reportPath) + ".meta.json");

    /// <summary>Values from <paramref name="fallback"/> fill what this sidecar leaves empty.</summary>
    public Sidecar Or(Sidecar fallback) =>
        new(Published ?? fallback.Published, Source ?? fallback.Source, Url ?? fallback.Url, Title ?? fallback.Title);

    /// <summary>Parses a sidecar: <c>{"published","source","url","title"}</c>, every field optional.</summary>
    /// <exception cref="ReportReadException">The JSON is malformed, too large, or a field has the wrong type or form.</exception>
    public static Sidecar Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
        {
            throw new ReportReadException($"sidecar too large ({json.Length:N0} bytes)");
        }

        try
        {
            using var doc = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ReportReadException("sidecar is not a JSON object");
            }

            var root = doc.RootElement;
            var published = Field(root, "published");
            return new Sidecar(
                published is null ? null : ParseDate(published),
                Field(root, "source"),
                Field(root, "url"),
                Field(root, "title"));
        }
        catch (JsonException ex)
        {
            throw new ReportReadException($"malformed sidecar JSON (line {ex.LineNumber + 1}: {ex.Message.Split('.')[0]})", ex);
        }
    }

    /// <summary>Parses a publication date: <c>YYYY-MM-DD</c>, or an ISO date-time whose date part is taken.</summary>
    /// <exception cref="ReportReadException">The value is not such a date.</exception>
    public static DateOnly ParseDate(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) && value.Length >= 10)
        {
            return DateOnly.FromDateTime(time.Date);
        }

        throw new ReportReadException($"published date '{Truncate(value)}' is not YYYY-MM-DD");
    }

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? Bounded(value.GetString())
            : throw new ReportReadException($"sidecar field '{name}' must be a string");
    }

    private static string? Bounded(string? value) =>
        value is { Length: > 2048 } ? throw new ReportReadException("sidecar field longer than 2,048 characters") : value;

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
