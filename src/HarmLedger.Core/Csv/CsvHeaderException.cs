using System.Collections.Immutable;

namespace HarmLedger.Csv;

/// <summary>Thrown when a file as a whole is not the table it was read as: its header lacks required columns.</summary>
public sealed class CsvHeaderException : FormatException
{
    /// <summary>Creates the error for a format and the columns its header lacks.</summary>
    public CsvHeaderException(string format, IEnumerable<string> missingColumns)
        : base(Describe(format, [.. missingColumns]))
    {
        Format = format;
        MissingColumns = [.. missingColumns];
    }

    /// <summary>Creates the error with a message of its own (e.g. the file is empty).</summary>
    public CsvHeaderException(string format, string message)
        : base(message)
    {
        Format = format;
        MissingColumns = [];
    }

    /// <summary>The format the file was read as, e.g. <c>ucdp-ged</c>.</summary>
    public string Format { get; }

    /// <summary>The required columns the header lacks.</summary>
    public ImmutableArray<string> MissingColumns { get; }

    private static string Describe(string format, ImmutableArray<string> missing) =>
        $"not a {format} file: the header lacks the column{(missing.Length == 1 ? "" : "s")} {string.Join(", ", missing)}";
}
