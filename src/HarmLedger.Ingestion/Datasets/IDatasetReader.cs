using HarmLedger.Csv;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Reads one kind of table whose rows become claims.</summary>
public interface IDatasetReader
{
    /// <summary>The format's name on the command line, e.g. <c>ucdp-ged</c>.</summary>
    string Format { get; }

    /// <summary>Checks the header now and streams the rows as claims or skips.</summary>
    /// <exception cref="CsvHeaderException">The header lacks a column the format needs.</exception>
    IEnumerable<DatasetItem> Read(TextReader reader);
}
