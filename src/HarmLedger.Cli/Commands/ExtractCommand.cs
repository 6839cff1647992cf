using System.CommandLine;
using HarmLedger.Ingestion.Pipeline;
using HarmLedger.Extraction;
using HarmLedger.Ingestion.Reading;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Commands;

/// <summary><c>harmledger extract</c>: prints the claims of one document, or of a JSON Lines stream with <c>--batch</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var published = CommonOptions.Date("--published", "Publication date, against which relative dates resolve");
        var source = new Option<string?>("--source") { Description = "The publishing source", HelpName = "NAME" };
        var batch = new Option<bool>("--batch") { Description = "Read JSON Lines {id, text, published} on stdin; write one result line each" };
        var workers = new Option<int>("--workers")
        {
            Description = "Threads for --batch (default: every core)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var quantifiers = CommonOptions.Quantifiers();
        var file = new Argument<string?>("FILE") { Description = "The document (.txt, .md, .html), or - for stdin", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("extract", "Print the claims a document makes (the extract contract, DESIGN.md)")
        {
            file, json, published, source, batch, workers, quantifiers, db,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            if (!CommonOptions.TryOptions(context, parse.GetValue(quantifiers), out var options, out var failure))
            {
                return failure;
            }

            if (parse.GetValue(batch))
            {
                if (parse.GetValue(file) is not null)
                {
                    return context.Fail(ExitCodes.BadArguments, "extract --batch reads stdin; give no FILE");
                }

                using var batchStore = OpenIfPresent(parse.GetValue(db)!);
                var extractor = ExtractorFactory.Create(batchStore, options);
                using var stdin = Console.OpenStandardInput();
                using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 20);
                new BatchExtraction(extractor, Math.Max(1, parse.GetValue(workers))).Run(stdin, stdout);
                return ExitCodes.Ok;
            }

            using var store = OpenIfPresent(parse.GetValue(db)!);
            return Single(context, ExtractorFactory.Create(store, options), parse.GetValue(file) ?? "-", parse.GetValue(published), parse.GetValue(source), parse.GetValue(json));
        }));
        return command;
    }

    /// <summary>The store, when there is one, lends its imported gazetteer; extraction never needs one.</summary>
    private static SqliteStore? OpenIfPresent(string db) => File.Exists(db) ? SqliteStore.Open(db, create: false) : null;

    private static int Single(CliContext context, IClaimExtractor extractor, string path, DateOnly? published, string? source, bool json)
    {
        byte[] raw;
        ReadReport report;
        try
        {
            var reader = new ReportReader(ReaderOptions.Default);
            raw = path == "-" ? ReadStdin(reader) : ReadFile(reader, path);
            var format = path == "-" ? "text" : ReportReader.FormatsByExtension.GetValueOrDefault(Path.GetExtension(path)) ?? "text";
            report = reader.Read(raw, format);
        }
        catch (ReportReadException ex)
        {
            return context.Fail(ExitCodes.BadArguments, $"{path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return context.Fail(ExitCodes.BadArguments, $"{path}: cannot read ({ex.Message.TrimEnd('.')})");
        }

        var claims = extractor.Extract(report.Text, published, source).Claims;
        var sha = ReportIngestor.Sha256Hex(raw);
        if (json)
        {
            JsonOutput.Write(context.Out, writer =>
            {
                writer.WriteStartObject();
                ExtractJson.WriteBody(writer, sha, published, report.Text.Length, claims);
                writer.WriteEndObject();
            });
        }
        else
        {
            ClaimText.Write(context.Out, claims);
        }

        return ExitCodes.Ok;
    }

    private static byte[] ReadFile(ReportReader reader, string path)
    {
        if (!File.Exists(path))
        {
            throw new ReportReadException(Directory.Exists(path) ? "is a folder, not a file" : "no such file");
        }

        reader.CheckSize(new FileInfo(path).Length);
        return File.ReadAllBytes(path);
    }

    private static byte[] ReadStdin(ReportReader reader)
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stdin.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            reader.CheckSize(buffer.Length);
        }

        return buffer.ToArray();
    }
}
