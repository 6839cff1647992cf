using System.CommandLine;
using System.Text.Json;
using HarmLedger.Gazetteer;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger import-gazetteer FILE</c>: adds a GeoNames dump's places to the store's gazetteer.</summary>
internal static class ImportGazetteerCommand
{
    /// <summary>Skipped lines listed one by one, at most; the rest are counted.</summary>
    private const int ListedSkips = 1000;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var file = new Argument<string>("FILE") { Description = "A GeoNames dump (e.g. SY.txt, cities500.txt, allCountries.txt)" };
        var command = new Command("import-gazetteer", "Add a GeoNames dump's populated places and administrative units to the store's gazetteer")
        {
            file, db, json,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return context.Fail(ExitCodes.BadArguments, $"{path}: no such file");
            }

            using var store = SqliteStore.Open(parse.GetValue(db)!, create: true);
            var skipped = new List<(long Line, string Reason)>();
            var skippedCount = 0;
            var read = 0;
            IEnumerable<(long, string)> Entries()
            {
                foreach (var line in new GeoNamesReader().ReadFile(path))
                {
                    if (line.Entry is not GazetteerEntry entry)
                    {
                        if (skippedCount++ < ListedSkips)
                        {
                            skipped.Add((line.LineNumber, line.Error ?? "unreadable"));
                        }

                        continue;
                    }

                    if (GeoNamesWriter.IsResolvable(entry))
                    {
                        read++;
                        yield return (entry.GeonameId, GeoNamesWriter.FormatLine(entry));
                    }
                }
            }

            int changed;
            try
            {
                changed = store.UpsertGazetteerLines(Entries());
            }
            catch (IOException ex)
            {
                return context.Fail(ExitCodes.Failure, $"{path}: cannot read ({ex.Message.TrimEnd('.')}); nothing imported");
            }

            Report(context, parse.GetValue(json), changed, read - changed, skipped, skippedCount);
            return skippedCount > 0 && read == 0 ? context.Fail(ExitCodes.Failure, $"{path}: no GeoNames line could be read") : ExitCodes.Ok;
        }));
        return command;
    }

    private static void Report(CliContext context, bool json, int imported, int unchanged, List<(long Line, string Reason)> skipped, int skippedCount)
    {
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                imported,
                unchanged,
                skipped = skipped.Select(s => new { line = s.Line, reason = s.Reason }),
                skippedTotal = skippedCount,
            }));
            return;
        }

        context.Out.WriteLine($"Gazetteer: {imported} place(s) imported, {unchanged} unchanged, {skippedCount} line(s) skipped.");
        foreach (var (line, reason) in skipped.Take(10))
        {
            context.Error.WriteLine($"harmledger: line {line}: {reason}; skipped");
        }
    }
}
