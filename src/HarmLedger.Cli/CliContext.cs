using HarmLedger.Storage;

namespace HarmLedger.Cli;

/// <summary>Where a command writes, and the one-line errors it reports.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Writes a one-line error, prefixed with the program's name, and returns the exit code.</summary>
    public int Fail(int code, string message)
    {
        Error.WriteLine($"harmledger: {message.ReplaceLineEndings(" ")}");
        return code;
    }

    /// <summary>Runs a command body, turning a store that cannot be used into a one-line error.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StoreException ex)
        {
            return Fail(ExitCodes.Failure, ex.Message);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            return Fail(ExitCodes.Failure, $"store error: {ex.Message}");
        }
    }
}
