using System.CommandLine;
using System.Text;
using System.Text.Json;
using HarmLedger.Csv;
using HarmLedger.Ingestion.Datasets;
using HarmLedger.Ingestion.Pipeline;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger import FORMAT FILE</c>: a monitor's or an official's table, whose rows become claims.</summary>
internal static class ImportCommand
{
    /// <summary>Skipped rows listed one by one, at most; the rest are counted.</summary>
    private const int ListedSkips = 1000;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var format = new Argument<string>("FORMAT") { Description = $"One of: {string.Join(", ", DatasetReaders.Formats)}" };
        format.AcceptOnlyFromAmong([.. DatasetReaders.Formats]);
        var file = new Argument<string>("FILE") { Description = "The CSV file" };
        var source = new Option<string?>("--source") { Description = "The source to credit (default: the format's publisher)", HelpName = "NAME" };
        var command = new Command("import", "Import a dataset (ACLED, UCDP GED, Airwars-style table, official assessments); re-importing changes only what changed")
        {
            format, file, db, json, source,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            var name = parse.GetValue(format)!;
            if (!File.Exists(path))
            {
                return context.Fail(ExitCodes.BadArguments, $"{path}: no such file");
            }

            if (new FileInfo(path).Length > DatasetImporter.MaxBytes)
            {
                return context.Fail(ExitCodes.Failure, $"{path}: larger than {DatasetImporter.MaxBytes:N0} bytes; split it");
            }

            using var store = SqliteStore.Open(parse.GetValue(db)!, create: true);
            var importer = new DatasetImporter(store, Updaters.For(store, $"import/{name}", context.Time), context.Time);
            ImportOutcome outcome;
            try
            {
                outcome = importer.Import(path, DatasetReaders.For(name)!, parse.GetValue(source) ?? Publisher(name));
            }
            catch (CsvHeaderException ex)
            {
                return context.Fail(ExitCodes.Failure, $"{path}: {ex.Message}");
            }
            catch (DecoderFallbackException ex)
            {
                return context.Fail(ExitCodes.Failure, $"{path}: not valid UTF-8 (at byte {ex.Index}); nothing imported");
            }
            catch (IOException ex)
            {
                return context.Fail(ExitCodes.Failure,
                    $"{path}: read failed ({ex.Message.TrimEnd('.')}); rows committed before it are kept, run the import again to finish");
            }

            Report(context, parse.GetValue(json), path, outcome);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Who publishes each format, credited as the source of its rows.</summary>
    private static string Publisher(string format) => format switch
    {
        "acled" => "ACLED",
        "ucdp-ged" => "UCDP GED",
        "airwars" => "Airwars",
        _ => "Official assessments",
    };

    private static void Report(CliContext context, bool json, string path, ImportOutcome o)
    {
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                imported = o.Imported,
                unchanged = o.Unchanged,
                skipped = o.Skipped.Take(ListedSkips).Select(s => new { line = s.Line, reason = s.Reason }),
                changed = o.Changed,
                incidents = o.NewIncidents,
                skippedTotal = o.Skipped.Count,
                documentId = o.DocumentId,
            }));
            return;
        }

        context.Out.WriteLine(
            $"{path}: {o.Imported} row(s) imported ({o.NewIncidents} new incident(s)), {o.Changed} changed, {o.Unchanged} unchanged, {o.Skipped.Count} skipped.");
        foreach (var skip in o.Skipped.Take(20))
        {
            context.Error.WriteLine($"harmledger: {path}: line {skip.Line}: {skip.Reason}; skipped");
        }

        if (o.Skipped.Count > 20)
        {
            context.Error.WriteLine($"harmledger: … and {o.Skipped.Count - 20} more skipped rows (see --json)");
        }
    }
}
