using System.CommandLine;

namespace HarmLedger.Cli.Commands;

/// <summary>Options for commands that record an analyst's decision.</summary>
internal static class AnalystOptions
{
    public static Option<string> Reason() => new("--reason")
    {
        Description = "Why: kept in the incident's history",
        Required = true,
    };

    public static Option<string> Analyst() => new("--analyst")
    {
        Description = "Who decides (default: $USER)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("USER") ?? "analyst",
    };

    /// <summary>The actor recorded in the history for an analyst.</summary>
    public static string Actor(string analyst) => $"analyst:{analyst}";
}
