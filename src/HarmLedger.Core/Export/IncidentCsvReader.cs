using System.Globalization;
using HarmLedger.Csv;
using HarmLedger.Model;

namespace HarmLedger.Export;

/// <summary>Reads the CSV that <see cref="IncidentCsvWriter"/> writes back into incidents, row by row.</summary>
/// <remarks>
/// Columns are found by name, so a spreadsheet may reorder them; the HXL hashtag row is
/// skipped. A row that cannot be read comes back with an error instead of throwing; a header
/// that lacks columns throws <see cref="CsvHeaderException"/>. An empty text cell reads as
/// <c>null</c>, and figures with no category stated read as <c>null</c>.
/// </remarks>
public static class IncidentCsvReader
{
    /// <summary>The format name used in errors.</summary>
    public const string FormatName = "incident export";

    /// <summary>Whether a header is that of an incident export (it has every column).</summary>
    public static bool Matches(CsvHeader header) => header.Missing(IncidentColumns.Names).IsEmpty;

    /// <summary>Reads every row of an export, lazily; throws <see cref="CsvHeaderException"/> on a foreign header.</summary>
    public static IEnumerable<IncidentCsvRow> Read(TextReader reader, CsvLimits? limits = null)
    {
        var records = new CsvRecordReader(reader, limits);
        var first = records.Read() ?? throw new CsvHeaderException(FormatName, "the file is empty");
        var header = new CsvHeader(first);
        var missing = header.Missing(IncidentColumns.Names);
        if (!missing.IsEmpty)
        {
            throw new CsvHeaderException(FormatName, missing);
        }

        return ReadRows(records, header);
    }

    /// <summary>Reads the rows after the header, lazily.</summary>
    public static IEnumerable<IncidentCsvRow> ReadRows(CsvRecordReader records, CsvHeader header)
    {
        while (records.Read() is { } record)
        {
            if (CsvHeader.IsHashtagRow(record) || record.IsBlank)
            {
                continue;
            }

            yield return ReadRow(record, header);
        }
    }

    /// <summary>Reads one row against a header.</summary>
    public static IncidentCsvRow ReadRow(CsvRecord record, CsvHeader header)
    {
        if (record.Error is { } csvError)
        {
            return new IncidentCsvRow(record.Line, record.Text, null, csvError);
        }

        try
        {
            var incident = new IncidentRowParser(record, header).Parse();
            return new IncidentCsvRow(record.Line, record.Text, incident, null);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return new IncidentCsvRow(record.Line, record.Text, null, e.Message);
        }
    }

    private readonly struct IncidentRowParser(CsvRecord record, CsvHeader header)
    {
        public Incident Parse() => new(
            Long("id") ?? throw new FormatException("id is empty"),
            ExportNames.TryStatus(Text("status") ?? "", out var status) ? status : throw Bad("status"),
            ExportNames.TryLower<Grade>(Text("grade") ?? "", out var grade) ? grade : throw Bad("grade"),
            new DateSpan(Date("date_start"), Date("date_end"), Enum<DatePrecision>("date_precision")),
            Place(),
            ListCell.Split(Text("belligerents") ?? ""),
            Figures("killed"),
            Figures("injured"),
            (int)(Long("claims") ?? 0),
            (int)(Long("documents") ?? 0),
            ListCell.Split(Text("sources") ?? ""));

        private Place? Place()
        {
            if (Raw("lat").Length == 0 && Raw("lon").Length == 0 && Raw("country").Length == 0 && Raw("place").Length == 0)
            {
                return null;
            }

            return new Place(
                Text("place") ?? "",
                Text("admin1"),
                Text("country") ?? throw new FormatException("country is empty although the row has a place"),
                Double("lat") ?? throw new FormatException("lat is empty although the row has a place"),
                Double("lon") ?? throw new FormatException("lon is empty although the row has a place"),
                Enum<PlacePrecision>("place_precision") ?? throw new FormatException("place_precision is empty although the row has a place"),
                Long("geoname_id"));
        }

        private Figures? Figures(string harm)
        {
            var figures = Model.Figures.Empty;
            foreach (var category in IncidentColumns.Categories)
            {
                var min = Long(IncidentColumns.FigureName(harm, category, false));
                var max = Long(IncidentColumns.FigureName(harm, category, true));
                if (min is null && max is null)
                {
                    continue;
                }

                var name = IncidentColumns.FigureName(harm, category, false);
                var range = new FigureRange(
                    checked((int)(min ?? throw new FormatException($"{name} is empty although its max is set"))),
                    max is long m ? checked((int)m) : null);
                figures = figures.With(category, range);
            }

            return figures.IsEmpty ? null : figures;
        }

        private string Raw(string column) => record[header.IndexOf(column)];

        private string? Text(string column) => Raw(column) is { Length: > 0 } cell ? SpreadsheetText.Unprotect(cell) : null;

        private long? Long(string column) =>
            Raw(column) is not { Length: > 0 } cell ? null
            : long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
            : throw Bad(column);

        private double? Double(string column) =>
            Raw(column) is not { Length: > 0 } cell ? null
            : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n
            : throw Bad(column);

        private DateOnly? Date(string column) =>
            Raw(column) is not { Length: > 0 } cell ? null
            : DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw Bad(column);

        private T? Enum<T>(string column)
            where T : struct, System.Enum =>
            Text(column) is not { } cell ? null
            : ExportNames.TryLower<T>(cell, out var value) ? value
            : throw Bad(column);

        private FormatException Bad(string column) => new($"{column} '{Clip(Raw(column))}' cannot be read");

        private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
