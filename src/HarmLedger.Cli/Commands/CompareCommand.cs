using System.CommandLine;
using HarmLedger.Comparison;
using HarmLedger.Extraction;
using HarmLedger.Model;
using HarmLedger.Reconciliation;
using HarmLedger.Storage;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger compare</c>: monitors' tolls against a belligerent's admissions.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var belligerent = new Option<string>("--belligerent") { Description = "The party whose admissions to compare", Required = true, HelpName = "NAME" };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country code", HelpName = "CC" };
        var from = CommonOptions.Date("--from", "Incidents on or after this date");
        var to = CommonOptions.Date("--to", "Incidents on or before this date");
        var command = new Command("compare", "Set monitors' tolls against a belligerent's admissions, per month, with what it has not assessed")
        {
            belligerent, country, from, to, db, json,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            var incidents = store.ListIncidents(new IncidentQuery(
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(country), parse.GetValue(belligerent), Limit: int.MaxValue));
            var comparison = AdmissionComparer.Compare([.. incidents.Select(i => Assess(store, i))]);
            var tallies = store.ListTallies()
                .Where(t => string.Equals(t.Belligerent, parse.GetValue(belligerent), StringComparison.OrdinalIgnoreCase))
                .Where(t => parse.GetValue(country) is not string cc || t.Country is null || string.Equals(t.Country, cc, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, w => Write(w, comparison, tallies));
            }
            else
            {
                Print(context.Out, parse.GetValue(belligerent)!, comparison, tallies);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static AssessedIncident Assess(IHarmStore store, Incident incident)
    {
        var claims = store.ClaimsOfIncident(incident.Id);
        var assessed = claims.Any(c => c.Assessment is not null and not "not-assessed");
        var admitted = FigureReconciler.Reconcile(claims.Where(c => c.Assessment == "credible").Select(c => c.Claim.Killed));
        return new AssessedIncident(incident, admitted, assessed);
    }

    private static void Write(System.Text.Json.Utf8JsonWriter w, AdmissionComparison c, List<Tally> tallies)
    {
        w.WriteStartObject();
        w.WritePropertyName("monitor");
        ClaimJson.WriteFigures(w, c.Monitor);
        w.WritePropertyName("official");
        ClaimJson.WriteFigures(w, c.Official);
        if (c.Ratio is double ratio)
        {
            w.WriteNumber("ratio", Math.Round(ratio, 4));
        }
        else
        {
            w.WriteNull("ratio");
        }

        w.WriteStartArray("months");
        foreach (var m in c.Months)
        {
            w.WriteStartObject();
            w.WriteString("month", m.Month);
            w.WriteNumber("incidents", m.Incidents);
            w.WriteNumber("assessed", m.Assessed);
            w.WritePropertyName("monitor");
            ClaimJson.WriteFigures(w, m.Monitor);
            w.WritePropertyName("official");
            ClaimJson.WriteFigures(w, m.Official);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unassessed");
        foreach (var id in c.Unassessed)
        {
            w.WriteNumberValue(id);
        }

        w.WriteEndArray();

        // Cumulative tallies that monitors and officials have published for this belligerent (an extension of the contract).
        w.WriteStartArray("tallies");
        foreach (var t in tallies)
        {
            w.WriteStartObject();
            ClaimJson.WriteNullableString(w, "reporter", t.Reporter);
            ClaimJson.WriteNullableString(w, "country", t.Country);
            ClaimJson.WriteNullableString(w, "asOf", t.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WritePropertyName("killed");
            ClaimJson.WriteFigures(w, t.Killed);
            w.WriteNumber("documentId", t.DocumentId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Print(TextWriter o, string belligerent, AdmissionComparison c, List<Tally> tallies)
    {
        o.WriteLine($"{belligerent}: monitors record {ClaimText.Figures("killed", c.Monitor)}");
        o.WriteLine($"{belligerent} admits {ClaimText.Figures("killed", c.Official)}");
        o.WriteLine(c.Ratio is double r ? $"ratio (official ÷ monitor civilians, minimum): {r:0.###}" : "ratio: no civilian deaths recorded");
        foreach (var m in c.Months)
        {
            o.WriteLine($"  {m.Month}: {m.Incidents} incident(s), {m.Assessed} assessed; monitor {ClaimText.Figures("killed", m.Monitor)}; official {ClaimText.Figures("killed", m.Official)}");
        }

        o.WriteLine($"{c.Unassessed.Count} incident(s) not assessed: {string.Join(", ", c.Unassessed)}");
        foreach (var t in tallies)
        {
            o.WriteLine($"tally by {t.Reporter ?? "?"} as of {t.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?"}: {ClaimText.Figures("killed", t.Killed)} (document {t.DocumentId})");
        }
    }
}
