using System.CommandLine;
using System.Text;
using HarmLedger.Export;
using HarmLedger.Model;
using HarmLedger.Storage;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger export</c>: incidents as CSV (with an HXL row), GeoJSON (RFC 7946) or JSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var format = new Option<string>("--format") { Description = "csv, geojson or json", Required = true };
        format.AcceptOnlyFromAmong("csv", "geojson", "json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout", HelpName = "FILE" };
        var from = CommonOptions.Date("--from", "Incidents on or after this date");
        var to = CommonOptions.Date("--to", "Incidents on or before this date");
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country code", HelpName = "CC" };
        var belligerent = new Option<string?>("--belligerent") { Description = "A party blamed", HelpName = "NAME" };
        var grade = new Option<string?>("--grade") { Description = "confirmed, fair, weak, contested or discounted" };
        var status = new Option<string?>("--status") { Description = "automatic, under-review, published or archived" };
        var command = new Command("export", "Export incidents as CSV (with HXL hashtags), GeoJSON or JSON")
        {
            format, output, from, to, country, belligerent, grade, status, db,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            var incidents = store.ListIncidents(new IncidentQuery(
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(country), parse.GetValue(belligerent),
                parse.GetValue(grade), parse.GetValue(status), int.MaxValue));
            var detailed = incidents.ToList();
            var path = parse.GetValue(output);
            if (path is null)
            {
                using var stdout = new MemoryStream();
                Write(parse.GetValue(format)!, stdout, detailed);
                context.Out.Write(Encoding.UTF8.GetString(stdout.ToArray()).TrimStart('\uFEFF'));
                return ExitCodes.Ok;
            }

            // Write beside the target and move into place, so an interrupted export never leaves half a file.
            var temp = path + ".partial";
            using (var file = File.Create(temp))
            {
                Write(parse.GetValue(format)!, file, detailed);
            }

            File.Move(temp, path, overwrite: true);
            context.Error.WriteLine($"Exported {detailed.Count} incident(s) to {path}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(string format, Stream stream, IReadOnlyList<Incident> incidents)
    {
        switch (format)
        {
            case "csv":
                IncidentCsvWriter.Write(stream, incidents);
                break;
            case "geojson":
                IncidentGeoJsonWriter.Write(stream, incidents);
                break;
            default:
                using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
                {
                    writer.WriteStartArray();
                    foreach (var incident in incidents)
                    {
                        IncidentJson.WriteIncident(writer, incident);
                    }

                    writer.WriteEndArray();
                }

                stream.Write("\n"u8);
                break;
        }
    }
}
