using System.Globalization;
using HarmLedger.Csv;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>One record's cells by column name, parsed or refused with a reason that names the column.</summary>
internal sealed class DatasetFields(CsvRecord record, CsvHeader header)
{
    /// <summary>The longest name, place or code kept; longer cells make the row a skip.</summary>
    public const int MaxNameChars = 500;

    public CsvRecord Record => record;

    public int Line => record.Line;

    /// <summary>The trimmed cell, or <c>null</c> when empty or the column is absent.</summary>
    public string? Text(string column, int maxChars = MaxNameChars)
    {
        var index = header.IndexOf(column);
        var cell = index < 0 ? "" : record[index].Trim();
        if (cell.Length > maxChars)
        {
            throw new RowException(string.Create(CultureInfo.InvariantCulture, $"{column} is longer than {maxChars} characters"));
        }

        return cell.Length == 0 ? null : cell;
    }

    public string Required(string column, int maxChars = MaxNameChars) =>
        Text(column, maxChars) ?? throw new RowException($"{column} is empty");

    public int Int(string column) => OptionalInt(column) ?? throw new RowException($"{column} is empty");

    /// <summary>A non-negative whole number; UCDP writes some as <c>645.0</c>.</summary>
    public int? OptionalInt(string column)
    {
        var cell = Text(column);
        if (cell is null)
        {
            return null;
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            && n >= 0 && n <= FigureText.MaxCount && n == Math.Floor(n)
            ? (int)n
            : throw Bad(column, cell, "is not a whole number between 0 and 1,000,000");
    }

    public double Coordinate(string column, double limit)
    {
        var cell = Required(column);
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
        {
            throw Bad(column, cell, "is not a number");
        }

        return Math.Abs(n) <= limit ? n : throw Bad(column, cell, "is out of range");
    }

    /// <summary>A date written <c>yyyy-MM-dd</c> (a time after it is ignored) or in one of the extra formats.</summary>
    public DateOnly Date(string column, params string[] formats)
    {
        var cell = Required(column);
        var text = cell.Length > 10 && cell[10] is ' ' or 'T' ? cell[..10] : cell;
        return DateOnly.TryParseExact(text, ["yyyy-MM-dd", .. formats], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Bad(column, cell, "is not a date");
    }

    public FigureRange? Range(string column)
    {
        try
        {
            return FigureText.Parse(Text(column));
        }
        catch (FormatException e)
        {
            throw new RowException($"{column}: {e.Message}");
        }
    }

    /// <summary>The span of a column's content in the raw row, as evidence; <c>null</c> when the cell is empty.</summary>
    public EvidenceSpan? Evidence(string column)
    {
        var index = header.IndexOf(column);
        if (index < 0 || index >= record.Spans.Length || record[index].Trim().Length == 0)
        {
            return null;
        }

        var span = record.Spans[index];
        return new EvidenceSpan(span.Start, span.End, record.Text[span.Start..span.End]);
    }

    public static RowException Bad(string column, string cell, string problem) =>
        new($"{column} '{(cell.Length <= 40 ? cell : cell[..40] + "…")}' {problem}");
}
