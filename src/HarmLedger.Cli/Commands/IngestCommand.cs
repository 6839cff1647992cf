using System.CommandLine;
using System.Text.Json;
using HarmLedger.Ingestion.Pipeline;
using HarmLedger.Ingestion.Reading;
using HarmLedger.Linking;
using HarmLedger.Storage.Sqlite;
using Spectre.Console;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger ingest PATH…</c>: archives reports, extracts their claims and links them into incidents.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var paths = new Argument<string[]>("PATH") { Description = "Report files (.txt, .md, .html) or folders of them", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Date("--published", "Publication date for reports without a sidecar");
        var source = new Option<string?>("--source") { Description = "Source name for reports without a sidecar", HelpName = "NAME" };
        var url = new Option<string?>("--url") { Description = "URL for reports without a sidecar" };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Refuse reports larger than this",
            DefaultValueFactory = _ => ReaderOptions.Default.MaxBytes,
        };
        var quantifiers = CommonOptions.Quantifiers();
        var command = new Command("ingest", "Archive reports, extract their claims and link them into incidents")
        {
            paths, db, json, published, source, url, maxBytes, quantifiers,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            if (!CommonOptions.TryOptions(context, parse.GetValue(quantifiers), out var options, out var failure))
            {
                return failure;
            }

            var defaults = new Sidecar(parse.GetValue(published), parse.GetValue(source), parse.GetValue(url), null);
            var files = ReportFiles.Expand(parse.GetValue(paths)!);
            using var store = SqliteStore.Open(parse.GetValue(db)!, create: true);
            var extractor = ExtractorFactory.Create(store, options);
            var updater = new IncidentUpdater(store, new IncidentLinker(LinkingOptions.Default), extractor.Version, context.Time);
            var ingestor = new ReportIngestor(
                store, extractor, new ReportReader(new ReaderOptions(parse.GetValue(maxBytes))), updater, context.Time);
            IngestOutcome Ingest(ReportFile f) =>
                f.Problem is null ? ingestor.IngestFile(f.Path, defaults) : new IngestOutcome(f.Path, null, false, f.Problem, 0, 0);
            var outcomes = Run(files, Ingest, parse.GetValue(json));
            return Report(context, outcomes, parse.GetValue(json));
        }));
        return command;
    }

    private static List<IngestOutcome> Run(IReadOnlyList<ReportFile> files, Func<ReportFile, IngestOutcome> ingest, bool json)
    {
        var outcomes = new List<IngestOutcome>(files.Count);
        if (json || files.Count < 2 || Console.IsErrorRedirected)
        {
            outcomes.AddRange(files.Select(ingest));
            return outcomes;
        }

        // The bar goes to stderr so that stdout stays clean for pipes.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask("Ingesting", maxValue: files.Count);
            foreach (var file in files)
            {
                outcomes.Add(ingest(file));
                task.Increment(1);
            }
        });
        return outcomes;
    }

    private static int Report(CliContext context, List<IngestOutcome> outcomes, bool json)
    {
        var ingested = outcomes.Count(o => !o.Skipped && !o.Duplicate);
        var duplicates = outcomes.Count(o => o.Duplicate);
        var skipped = outcomes.Where(o => o.Skipped).ToList();
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                ingested,
                duplicates,
                skipped = skipped.Select(o => new { path = o.Path, reason = o.SkipReason }),
                claims = outcomes.Sum(o => o.Claims),
                incidents = outcomes.Sum(o => o.NewIncidents),
            }));
        }
        else
        {
            foreach (var o in outcomes.Where(o => o.Duplicate))
            {
                context.Out.WriteLine($"{o.Path}: already stored as document {o.DocumentId}; nothing changed");
            }

            context.Out.WriteLine(
                $"Ingested {ingested} report(s): {outcomes.Sum(o => o.Claims)} claim(s), {outcomes.Sum(o => o.NewIncidents)} new incident(s); {duplicates} duplicate(s), {skipped.Count} skipped.");
        }

        foreach (var o in skipped)
        {
            context.Fail(ExitCodes.Failure, $"{o.Path}: {o.SkipReason}; skipped");
        }

        return skipped.Count > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }
}
