using System.CommandLine;
using HarmLedger.Model;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger grade ID GRADE</c>: an analyst overrides the derived grade, with a reason.</summary>
internal static class GradeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var id = new Argument<long>("INCIDENT");
        var grade = new Argument<string>("GRADE") { Description = "confirmed, fair, weak, contested, discounted, or 'auto' to return to the rules" };
        grade.AcceptOnlyFromAmong("confirmed", "fair", "weak", "contested", "discounted", "auto");
        var reason = AnalystOptions.Reason();
        var analyst = AnalystOptions.Analyst();
        var command = new Command("grade", "Override an incident's grade (or 'auto' to let the rules decide again)") { id, grade, db, reason, analyst };
        command.SetAction(parse => context.Guard(() =>
        {
            var incident = parse.GetValue(id);
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            if (IncidentChecks.Live(store, incident) is string problem)
            {
                return context.Fail(ExitCodes.Failure, problem);
            }

            var value = parse.GetValue(grade)!;
            Grade? chosen = value == "auto" ? null : Enum.Parse<Grade>(value, ignoreCase: true);
            var actor = AnalystOptions.Actor(parse.GetValue(analyst)!);
            store.InTransaction(() =>
            {
                store.SetGradeOverride(incident, chosen);
                store.AppendChange(new Change(0, $"incident:{incident}", chosen is null ? "grade-auto" : "grade-set", actor,
                    $"{value}: {parse.GetValue(reason)}", context.Time.GetUtcNow()));
                Updaters.For(store, actor, context.Time).Refresh(incident);
                return 0;
            });
            context.Out.WriteLine($"Incident {incident}: grade {value}.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
