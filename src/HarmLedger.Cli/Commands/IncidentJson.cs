using System.Globalization;
using System.Text.Json;
using HarmLedger.Extraction;
using HarmLedger.Model;
using HarmLedger.Storage;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary>Writes incidents in the JSON of the <c>incidents</c> and <c>show</c> contracts (DESIGN.md).</summary>
internal static class IncidentJson
{
    public static void WriteIncident(Utf8JsonWriter writer, Incident incident, Action<Utf8JsonWriter>? extra = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", incident.Id);
        writer.WriteString("status", SqliteStore.StatusName(incident.Status));
        writer.WriteString("grade", incident.Grade.ToString().ToLowerInvariant());
        writer.WritePropertyName("date");
        ClaimJson.WriteDate(writer, incident.Date);
        writer.WritePropertyName("place");
        ClaimJson.WritePlace(writer, incident.Place);
        WriteStrings(writer, "belligerents", incident.Belligerents);
        writer.WritePropertyName("killed");
        ClaimJson.WriteFigures(writer, incident.Killed);
        writer.WritePropertyName("injured");
        ClaimJson.WriteFigures(writer, incident.Injured);
        writer.WriteNumber("claims", incident.ClaimCount);
        writer.WriteNumber("documents", incident.DocumentCount);
        WriteStrings(writer, "sources", incident.Sources);
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    public static void WriteDetail(Utf8JsonWriter writer, IncidentDetail detail) => WriteIncident(writer, detail.Incident, w =>
    {
        w.WriteStartArray("claimsDetail");
        foreach (var stored in detail.Claims)
        {
            // The claim as in the extract contract, with where it came from in front.
            using var claim = JsonDocument.Parse(ClaimBytes(stored.Claim));
            w.WriteStartObject();
            w.WriteNumber("claimId", stored.Id);
            w.WriteNumber("documentId", stored.DocumentId);
            WriteNullable(w, "url", stored.DocumentUrl);
            WriteNullable(w, "title", stored.DocumentTitle);
            WriteNullable(w, "source", stored.SourceName);
            WriteNullable(w, "published", stored.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteNullable(w, "extractor", stored.Extractor);
            foreach (var property in claim.RootElement.EnumerateObject())
            {
                property.WriteTo(w);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("history");
        foreach (var change in detail.History)
        {
            w.WriteStartObject();
            w.WriteString("at", change.At.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("actor", change.Actor);
            w.WriteString("action", change.Action);
            w.WriteString("reason", change.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static byte[] ClaimBytes(Claim claim)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ClaimJson.WriteClaim(writer, claim);
        }

        return stream.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
