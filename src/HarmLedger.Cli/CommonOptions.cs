using System.CommandLine;

namespace HarmLedger.Cli;

/// <summary>Options every command shares.</summary>
internal static class CommonOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "The store file (SQLite)",
        DefaultValueFactory = _ => "harmledger.db",
        HelpName = "PATH",
    };

    public static Option<string?> Quantifiers() => new("--quantifiers")
    {
        Description = "A codebook's vague-quantifier ranges: tab-separated 'phrase<TAB>min<TAB>max' rows over the defaults (docs/extraction.md)",
        HelpName = "FILE",
    };

    /// <summary>Reads <c>--quantifiers</c>; a bad file is a one-line error (exit 2) naming it and the line.</summary>
    public static bool TryOptions(CliContext context, string? quantifiers, out HarmLedger.Extraction.ExtractionOptions options, out int failure)
    {
        try
        {
            options = ExtractorFactory.Options(quantifiers);
            failure = 0;
            return true;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            options = HarmLedger.Extraction.ExtractionOptions.Default;
            failure = context.Fail(ExitCodes.BadArguments, $"{quantifiers}: {ex.Message.TrimEnd('.')}");
            return false;
        }
    }

    public static Option<bool> Json() => new("--json") { Description = "Print exactly one JSON document" };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{text}' is not a date in the form YYYY-MM-DD");
            return null;
        },
    };
}
