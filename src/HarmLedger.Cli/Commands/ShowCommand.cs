using System.CommandLine;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger show ID</c>: one incident with its claims, figures, evidence and history.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var id = new Argument<long>("INCIDENT") { Description = "The incident's id" };
        var command = new Command("show", "Show one incident with its claims and the evidence quoted from each source") { id, db, json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            var detail = store.GetIncident(parse.GetValue(id));
            if (detail is null)
            {
                return context.Fail(ExitCodes.Failure, $"no incident {parse.GetValue(id)} in {parse.GetValue(db)}");
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, w => IncidentJson.WriteDetail(w, detail));
                return ExitCodes.Ok;
            }

            var i = detail.Incident;
            var o = context.Out;
            o.WriteLine($"Incident {i.Id} — {i.Grade.ToString().ToLowerInvariant()}, {SqliteStore.StatusName(i.Status)}");
            o.WriteLine($"  when:   {ClaimText.Dates(i.Date)}");
            o.WriteLine($"  where:  {ClaimText.Places(i.Place)}");
            o.WriteLine($"  who:    {(i.Belligerents.IsEmpty ? "?" : string.Join(", ", i.Belligerents))}");
            o.WriteLine($"  {ClaimText.Figures("killed", i.Killed)}{ClaimText.Figures("; injured", i.Injured)}");
            foreach (var b in IncidentJson.Bounds(detail, c => c.Killed))
            {
                o.WriteLine($"    killed {b.Category.ToString().ToLowerInvariant()}: min {b.Range.Min} from claim(s) {string.Join(", ", b.MinSetBy)}; " +
                            $"max {b.Range.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open"} from claim(s) {string.Join(", ", b.MaxSetBy)}");
            }

            o.WriteLine($"  {i.ClaimCount} claim(s) from {i.DocumentCount} document(s)");
            foreach (var c in detail.Claims)
            {
                o.WriteLine();
                o.WriteLine($"  claim {c.Id} ({c.Claim.Kind.ToString().ToLowerInvariant()}) from document {c.DocumentId}: {c.SourceName ?? "unknown source"}{(c.DocumentUrl is null ? "" : " " + c.DocumentUrl)}");
                o.WriteLine($"    {ClaimText.Figures("killed", c.Claim.Killed)}{ClaimText.Figures("; injured", c.Claim.Injured)}");
                if (!c.Claim.Attribution.IsEmpty)
                {
                    o.WriteLine($"    according to {string.Join(", ", c.Claim.Attribution)}");
                }

                foreach (var e in c.Claim.Evidence)
                {
                    o.WriteLine($"    \"{e.Text}\" [{e.Start}–{e.End}]");
                }
            }

            o.WriteLine();
            o.WriteLine("  history:");
            foreach (var change in detail.History)
            {
                o.WriteLine($"    {change.At:yyyy-MM-dd HH:mm} {change.Actor} {change.Action}: {change.Reason}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
