using System.Collections.Immutable;
using HarmLedger.Csv;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>The dataset readers by format name, as <c>harmledger import FORMAT FILE</c> names them.</summary>
public static class DatasetReaders
{
    /// <summary>The format names: <c>acled</c>, <c>ucdp-ged</c>, <c>airwars</c>, <c>assessments</c>.</summary>
    public static ImmutableArray<string> Formats { get; } =
        [AcledReader.FormatName, UcdpGedReader.FormatName, AirwarsReader.FormatName, AssessmentReader.FormatName];

    /// <summary>The reader for a format name (case-insensitive), or <c>null</c> for an unknown one.</summary>
    public static IDatasetReader? For(string format, CsvLimits? limits = null) => format.ToLowerInvariant() switch
    {
        AcledReader.FormatName => new AcledReader(limits),
        UcdpGedReader.FormatName => new UcdpGedReader(limits),
        AirwarsReader.FormatName => new AirwarsReader(limits),
        AssessmentReader.FormatName => new AssessmentReader(limits),
        _ => null,
    };
}
