namespace HarmLedger.Cli;

/// <summary>The exit codes every command uses (DESIGN.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A failure the command explains on stderr.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or unreadable input.</summary>
    public const int BadArguments = 2;
}
