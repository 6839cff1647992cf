using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Storage;

/// <summary>Reads and writes the JSON columns of the store, in the same shapes as the <c>extract</c> contract.</summary>
public static class StoredJson
{
    /// <summary>A place as contract JSON, or <c>null</c>.</summary>
    public static string? Write(Place? place) => place is null ? null : Build(w => ClaimJson.WritePlace(w, place));

    /// <summary>Figures as contract JSON, or <c>null</c> when there are none.</summary>
    public static string? Write(Figures? figures) =>
        figures is null || figures.IsEmpty ? null : Build(w => ClaimJson.WriteFigures(w, figures));

    /// <summary>A list of strings as a JSON array.</summary>
    public static string Write(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray());

    /// <summary>Evidence spans as a JSON array of <c>{start, end, text}</c>.</summary>
    public static string Write(IEnumerable<EvidenceSpan> spans) => Build(w => ClaimJson.WriteEvidence(w, spans));

    /// <summary>Reads a place written by <see cref="Write(Place?)"/>.</summary>
    public static Place? ReadPlace(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement;
        return new Place(
            e.GetProperty("name").GetString() ?? "",
            e.TryGetProperty("admin1", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null,
            e.GetProperty("country").GetString() ?? "",
            e.GetProperty("lat").GetDouble(),
            e.GetProperty("lon").GetDouble(),
            Enum.Parse<PlacePrecision>(e.GetProperty("precision").GetString() ?? "town", ignoreCase: true),
            e.TryGetProperty("geonameId", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt64() : null);
    }

    /// <summary>Reads figures written by <see cref="Write(Figures?)"/>.</summary>
    public static Figures? ReadFigures(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        var builder = ImmutableSortedDictionary.CreateBuilder<VictimCategory, FigureRange>();
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            var category = Enum.Parse<VictimCategory>(property.Name, ignoreCase: true);
            var max = property.Value.GetProperty("max");
            builder[category] = new FigureRange(
                property.Value.GetProperty("min").GetInt32(),
                max.ValueKind == JsonValueKind.Number ? max.GetInt32() : null);
        }

        return new Figures(builder.ToImmutable());
    }

    /// <summary>Reads a JSON array of strings.</summary>
    public static ImmutableArray<string> ReadStrings(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json) ?? []];

    /// <summary>Reads evidence spans.</summary>
    public static ImmutableArray<EvidenceSpan> ReadEvidence(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(e => new EvidenceSpan(
            e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString() ?? ""))];
    }

    private static string Build(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
