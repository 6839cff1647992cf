using System.Globalization;
using System.Text;
using HarmLedger.Csv;
using HarmLedger.Model;

namespace HarmLedger.Export;

/// <summary>Writes incidents as CSV: a header row, an HXL hashtag row, then one row per incident.</summary>
/// <remarks>
/// RFC 4180 with CRLF line ends; the caller opens the writer as UTF-8. Text cells are guarded
/// against formula injection by <see cref="SpreadsheetText.Protect"/>; coordinates keep full
/// precision so <see cref="IncidentCsvReader"/> reads back exactly what was written.
/// </remarks>
public static class IncidentCsvWriter
{
    /// <summary>Writes the CSV to a stream as UTF-8 with a byte-order mark, which spreadsheets need to see UTF-8.</summary>
    public static void Write(Stream stream, IEnumerable<Incident> incidents)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65_536, leaveOpen: true);
        Write(writer, incidents);
    }

    /// <summary>Writes the two header rows and every incident, streaming.</summary>
    public static void Write(TextWriter writer, IEnumerable<Incident> incidents)
    {
        WriteHeader(writer);
        foreach (var incident in incidents)
        {
            WriteIncident(writer, incident);
        }
    }

    /// <summary>Writes the column names and the HXL hashtag row.</summary>
    public static void WriteHeader(TextWriter writer)
    {
        CsvWriter.WriteRecord(writer, IncidentColumns.Names);
        CsvWriter.WriteRecord(writer, IncidentColumns.Hashtags);
    }

    /// <summary>Writes one incident's row.</summary>
    public static void WriteIncident(TextWriter writer, Incident incident) =>
        CsvWriter.WriteRecord(writer, IncidentFields.Of(incident).Select(Cell));

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string text => SpreadsheetText.Protect(text),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
