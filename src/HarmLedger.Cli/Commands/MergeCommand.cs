using System.CommandLine;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger merge A B</c>: an analyst joins incident B into incident A.</summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var into = new Argument<long>("A") { Description = "The incident that remains" };
        var from = new Argument<long>("B") { Description = "The incident merged into A (archived afterwards)" };
        var reason = AnalystOptions.Reason();
        var analyst = AnalystOptions.Analyst();
        var command = new Command("merge", "Merge incident B into incident A (an analyst's decision the linker never undoes)")
        {
            into, from, db, reason, analyst,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var (a, b) = (parse.GetValue(into), parse.GetValue(from));
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            var problem = a == b ? "cannot merge an incident into itself"
                : IncidentChecks.Live(store, a) ?? IncidentChecks.Live(store, b);
            if (problem is not null)
            {
                return context.Fail(ExitCodes.Failure, problem);
            }

            store.InTransaction(() =>
            {
                Updaters.For(store, AnalystOptions.Actor(parse.GetValue(analyst)!), context.Time)
                    .Merge(a, b, AnalystOptions.Actor(parse.GetValue(analyst)!), parse.GetValue(reason)!);
                return 0;
            });
            context.Out.WriteLine($"Incident {b} merged into incident {a}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
