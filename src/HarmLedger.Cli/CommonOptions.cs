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
