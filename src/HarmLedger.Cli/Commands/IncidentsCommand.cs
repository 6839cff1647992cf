using System.CommandLine;
using HarmLedger.Storage;
using HarmLedger.Storage.Sqlite;
using Spectre.Console;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger incidents</c>: lists incidents, newest first.</summary>
internal static class IncidentsCommand
{
    private static readonly string[] Grades = ["confirmed", "fair", "weak", "contested", "discounted"];
    private static readonly string[] Statuses = ["automatic", "under-review", "published", "archived"];

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var from = CommonOptions.Date("--from", "Incidents on or after this date");
        var to = CommonOptions.Date("--to", "Incidents on or before this date");
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country code", HelpName = "CC" };
        var belligerent = new Option<string?>("--belligerent") { Description = "A party blamed, e.g. \"United States\"", HelpName = "NAME" };
        var grade = new Option<string?>("--grade") { Description = "confirmed, fair, weak, contested or discounted" };
        grade.AcceptOnlyFromAmong(Grades);
        var status = new Option<string?>("--status") { Description = "automatic, under-review, published or archived" };
        status.AcceptOnlyFromAmong(Statuses);
        var limit = new Option<int>("--limit") { Description = "At most this many", DefaultValueFactory = _ => 10_000 };
        var command = new Command("incidents", "List incidents, newest first") { db, json, from, to, country, belligerent, grade, status, limit };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            var incidents = store.ListIncidents(new IncidentQuery(
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(country), parse.GetValue(belligerent),
                parse.GetValue(grade), parse.GetValue(status), parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, w =>
                {
                    w.WriteStartArray();
                    foreach (var incident in incidents)
                    {
                        IncidentJson.WriteIncident(w, incident);
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("id", "date", "place", "belligerents", "killed", "grade", "status", "sources");
            foreach (var i in incidents)
            {
                table.AddRow(
                    Markup.Escape(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Markup.Escape(ClaimText.Dates(i.Date)),
                    Markup.Escape(i.Place is null ? "?" : $"{i.Place.Name}, {i.Place.Country}"),
                    Markup.Escape(string.Join(", ", i.Belligerents)),
                    Markup.Escape(ClaimText.Figures("", i.Killed).Trim()),
                    i.Grade.ToString().ToLowerInvariant(),
                    SqliteStore.StatusName(i.Status),
                    Markup.Escape($"{i.DocumentCount} ({string.Join(", ", i.Sources)})"));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
            if (Console.IsOutputRedirected || context.Out != Console.Out)
            {
                // Piped output has no terminal to measure; give the table room rather than wrapping every cell.
                console.Profile.Width = 200;
            }

            console.Write(table);
            context.Out.WriteLine($"{incidents.Count} incident(s).");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
