using System.CommandLine;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger split INCIDENT CLAIM…</c>: an analyst moves claims out of an incident into a new one.</summary>
internal static class SplitCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var incident = new Argument<long>("INCIDENT") { Description = "The incident to split" };
        var claims = new Argument<long[]>("CLAIM") { Description = "Ids of the claims that describe another event (see 'show')", Arity = ArgumentArity.OneOrMore };
        var reason = AnalystOptions.Reason();
        var analyst = AnalystOptions.Analyst();
        var command = new Command("split", "Move claims out of an incident into a new incident (the linker never undoes it)")
        {
            incident, claims, db, reason, analyst,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var id = parse.GetValue(incident);
            var ids = parse.GetValue(claims)!.ToHashSet();
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            if (IncidentChecks.Live(store, id) is string problem)
            {
                return context.Fail(ExitCodes.Failure, problem);
            }

            var present = store.ClaimsOfIncident(id).Select(c => c.Id).ToHashSet();
            var foreign = ids.Where(c => !present.Contains(c)).ToList();
            if (foreign.Count > 0)
            {
                return context.Fail(ExitCodes.Failure, $"claim(s) {string.Join(", ", foreign)} are not in incident {id}");
            }

            if (ids.Count == present.Count)
            {
                return context.Fail(ExitCodes.Failure, "a split must leave at least one claim in the incident");
            }

            var actor = AnalystOptions.Actor(parse.GetValue(analyst)!);
            var newId = store.InTransaction(() => Updaters.For(store, actor, context.Time).Split(id, ids, actor, parse.GetValue(reason)!));
            context.Out.WriteLine($"Claims {string.Join(", ", ids)} split from incident {id} into new incident {newId}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
