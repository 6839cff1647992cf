namespace HarmLedger.Csv;

/// <summary>Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
public static class CsvWriter
{
    /// <summary>Writes one record and its line break.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            WriteField(writer, field ?? "");
        }

        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
