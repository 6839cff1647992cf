using System.Globalization;
using HarmLedger.Csv;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>The part every dataset reader shares: check the header, skip the HXL row, map rows, turn bad rows into skips.</summary>
internal static class DatasetTable
{
    /// <summary>Checks the header now, then maps the rows lazily.</summary>
    public static IEnumerable<DatasetItem> Read(
        TextReader reader, string format, IEnumerable<string> required, Func<DatasetFields, DatasetItem> map, CsvLimits? limits)
    {
        var records = new CsvRecordReader(reader, limits);
        var (header, _) = ReadHeader(records, format, required);
        return Rows(records, header, map);
    }

    /// <summary>Reads the header record and throws <see cref="CsvHeaderException"/> if it lacks required columns.</summary>
    public static (CsvHeader Header, CsvRecord Record) ReadHeader(CsvRecordReader records, string format, IEnumerable<string> required)
    {
        var first = records.Read() ?? throw new CsvHeaderException(format, "the file is empty");
        var header = new CsvHeader(first);
        var missing = header.Missing(required);
        return missing.IsEmpty ? (header, first) : throw new CsvHeaderException(format, missing);
    }

    /// <summary>Maps the records after the header, skipping blank rows and a leading HXL hashtag row silently.</summary>
    public static IEnumerable<DatasetItem> Rows(CsvRecordReader records, CsvHeader header, Func<DatasetFields, DatasetItem> map)
    {
        var first = true;
        while (records.Read() is { } record)
        {
            var isTags = first && CsvHeader.IsHashtagRow(record);
            first = false;
            if (isTags || record.IsBlank)
            {
                continue;
            }

            yield return Map(record, header, map);
        }
    }

    private static DatasetItem Map(CsvRecord record, CsvHeader header, Func<DatasetFields, DatasetItem> map)
    {
        if (record.Error is { } error)
        {
            return new DatasetSkip(record.Line, error);
        }

        if (record.Fields.Length < header.Names.Length)
        {
            return new DatasetSkip(record.Line, string.Create(
                CultureInfo.InvariantCulture, $"the row has {record.Fields.Length} fields but the header has {header.Names.Length}"));
        }

        try
        {
            return map(new DatasetFields(record, header));
        }
        catch (RowException e)
        {
            return new DatasetSkip(record.Line, e.Message);
        }
    }
}
