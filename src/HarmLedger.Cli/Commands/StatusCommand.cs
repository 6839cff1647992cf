using System.CommandLine;
using HarmLedger.Model;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger status ID STATUS</c>: moves an incident through review (automatic → under review → published, or archived).</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var id = new Argument<long>("INCIDENT");
        var status = new Argument<string>("STATUS") { Description = "under-review, published, archived or automatic" };
        status.AcceptOnlyFromAmong("automatic", "under-review", "published", "archived");
        var reason = AnalystOptions.Reason();
        var analyst = AnalystOptions.Analyst();
        var command = new Command("status", "Set an incident's review status") { id, status, db, reason, analyst };
        command.SetAction(parse => context.Guard(() =>
        {
            var incident = parse.GetValue(id);
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            if (IncidentChecks.Live(store, incident) is string problem)
            {
                return context.Fail(ExitCodes.Failure, problem);
            }

            var value = parse.GetValue(status)!;
            var parsed = value == "under-review" ? IncidentStatus.UnderReview : Enum.Parse<IncidentStatus>(value, ignoreCase: true);
            store.InTransaction(() =>
            {
                store.SetStatus(incident, parsed);
                store.AppendChange(new Change(0, $"incident:{incident}", "status-set", AnalystOptions.Actor(parse.GetValue(analyst)!),
                    $"{value}: {parse.GetValue(reason)}", context.Time.GetUtcNow()));
                return 0;
            });
            context.Out.WriteLine($"Incident {incident}: {value}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
