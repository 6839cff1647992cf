using System.CommandLine;
using HarmLedger.Linking;
using HarmLedger.Storage;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger review</c>: what awaits an analyst, likely duplicates first.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("review", "List incidents awaiting review, likely duplicates first") { db, json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: false);
            var waiting = store.ListIncidents(new IncidentQuery(Status: "automatic"))
                .Concat(store.ListIncidents(new IncidentQuery(Status: "under-review")))
                .ToList();
            var duplicates = DuplicateFinder.ForReview().Find(waiting);
            var flagged = duplicates.SelectMany(d => new[] { d.First, d.Second }).Distinct().ToList();
            var order = flagged.Concat(waiting.Select(i => i.Id)).Distinct().ToList();
            var byId = waiting.ToDictionary(i => i.Id);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("likelyDuplicates");
                    foreach (var d in duplicates)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("first", d.First);
                        w.WriteNumber("second", d.Second);
                        w.WriteNumber("score", Math.Round(d.Score, 3));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("incidents");
                    foreach (var id in order)
                    {
                        IncidentJson.WriteIncident(w, byId[id]);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            foreach (var d in duplicates)
            {
                context.Out.WriteLine($"likely duplicate: incidents {d.First} and {d.Second} (score {d.Score:0.00}) — 'harmledger merge {d.First} {d.Second} --reason …'");
            }

            foreach (var id in order)
            {
                var i = byId[id];
                context.Out.WriteLine($"{i.Id,6}  {SqliteStore.StatusName(i.Status),-12} {ClaimText.Dates(i.Date),-28} {(i.Place is null ? "?" : i.Place.Name + ", " + i.Place.Country),-30} {ClaimText.Figures("killed", i.Killed)}");
            }

            context.Out.WriteLine($"{order.Count} incident(s) awaiting review, {duplicates.Count} likely duplicate pair(s).");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
