using System.CommandLine;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger init</c>: creates a store, or migrates an existing one.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("init", "Create a store (or bring an existing one to the current schema)") { db, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(db)!;
            using var store = SqliteStore.Open(path, create: true);
            var counts = store.Counts();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(
                    $$"""{"db":{{System.Text.Json.JsonSerializer.Serialize(path)}},"schema":{{SqliteStore.SchemaVersion}},"documents":{{counts.Documents}}}""");
            }
            else
            {
                context.Out.WriteLine($"Store ready: {path} (schema {SqliteStore.SchemaVersion}, {counts.Documents} documents)");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
