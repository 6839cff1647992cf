using System.Globalization;
using System.Text.Json;
using HarmLedger.Extraction;
using HarmLedger.Model;
using HarmLedger.Reconciliation;
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
        ClaimJson.WriteStrings(writer, "belligerents", incident.Belligerents);
        writer.WritePropertyName("killed");
        ClaimJson.WriteFigures(writer, incident.Killed);
        writer.WritePropertyName("injured");
        ClaimJson.WriteFigures(writer, incident.Injured);
        writer.WriteNumber("claims", incident.ClaimCount);
        writer.WriteNumber("documents", incident.DocumentCount);
        ClaimJson.WriteStrings(writer, "sources", incident.Sources);
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    public static void WriteDetail(Utf8JsonWriter writer, IncidentDetail detail) => WriteIncident(writer, detail.Incident, w =>
    {
        w.WriteStartArray("claimsDetail");
        foreach (var stored in detail.Claims)
        {
            // The claim as in the extract contract, with where it came from in front.
            w.WriteStartObject();
            w.WriteNumber("claimId", stored.Id);
            w.WriteNumber("documentId", stored.DocumentId);
            ClaimJson.WriteNullableString(w, "url", stored.DocumentUrl);
            ClaimJson.WriteNullableString(w, "title", stored.DocumentTitle);
            ClaimJson.WriteNullableString(w, "source", stored.SourceName);
            ClaimJson.WriteNullableString(w, "published", stored.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            ClaimJson.WriteNullableString(w, "extractor", stored.Extractor);
            ClaimJson.WriteClaimProperties(w, stored.Claim);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("bounds");
        WriteBounds(w, "killed", detail, c => c.Killed);
        WriteBounds(w, "injured", detail, c => c.Injured);
        w.WriteEndObject();
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

    /// <summary>Which claims set each bound of each reconciled range (the rule is <see cref="FigureReconciler.Rule"/>).</summary>
    public static IReadOnlyList<CategoryBounds> Bounds(IncidentDetail detail, Func<Claim, Figures?> harm) =>
        FigureReconciler.Explain([.. detail.Claims.Where(c => c.Claim.Kind == ClaimKind.Incident).Select(c => (c.Id, harm(c.Claim)))]);

    private static void WriteBounds(Utf8JsonWriter w, string name, IncidentDetail detail, Func<Claim, Figures?> harm)
    {
        w.WriteStartArray(name);
        foreach (var b in Bounds(detail, harm))
        {
            w.WriteStartObject();
            w.WriteString("category", ClaimJson.CategoryName(b.Category));
            w.WriteNumber("min", b.Range.Min);
            if (b.Range.Max is int max)
            {
                w.WriteNumber("max", max);
            }
            else
            {
                w.WriteNull("max");
            }

            w.WriteStartArray("minSetBy");
            foreach (var id in b.MinSetBy)
            {
                w.WriteNumberValue(id);
            }

            w.WriteEndArray();
            w.WriteStartArray("maxSetBy");
            foreach (var id in b.MaxSetBy)
            {
                w.WriteNumberValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
