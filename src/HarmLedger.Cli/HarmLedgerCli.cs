using System.CommandLine;
using HarmLedger.Cli.Commands;

namespace HarmLedger.Cli;

/// <summary>The <c>harmledger</c> command line: parses arguments and runs a command.</summary>
internal static class HarmLedgerCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand(
            "HarmLedger: ingest reports of civilian harm, extract claims, link them into incidents.")
        {
            InitCommand.Create(context),
            IngestCommand.Create(context),
            ExtractCommand.Create(context),
            IncidentsCommand.Create(context),
            ShowCommand.Create(context),
            ImportGazetteerCommand.Create(context),
            ReviewCommand.Create(context),
            MergeCommand.Create(context),
            SplitCommand.Create(context),
            GradeCommand.Create(context),
            StatusCommand.Create(context),
            CompareCommand.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Fail(ExitCodes.BadArguments, error.Message);
            }

            stderr.WriteLine("Try 'harmledger --help'.");
            return ExitCodes.BadArguments;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
