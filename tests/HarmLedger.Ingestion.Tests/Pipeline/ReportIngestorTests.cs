using System.Collections.Immutable;
using System.Text;
using HarmLedger.Ingestion.Pipeline;
using HarmLedger.Ingestion.Reading;
using HarmLedger.Linking;
using HarmLedger.Model;
using HarmLedger.Storage;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Ingestion.Tests.Pipeline;

public sealed class ReportIngestorTests : IDisposable
{
    private static readonly DateOnly Day = new(2017, 6, 26);
    private readonly string _dir = Directory.CreateTempSubdirectory("harmledger-ingest-").FullName;
    private readonly SqliteStore _store;

    public ReportIngestorTests()
    {
        _store = SqliteStore.Open(Path.Combine(_dir, "s.db"));
    }

    [Fact]
    public void Ingest_TwoReportsOfOneStrike_LinkIntoOneIncidentWithReconciledRange()
    {
        var ingestor = Ingestor(text => text.StartsWith('A')
            ? [Strike(Day, 35.02, 40.45, "United States", 24, 70)]
            : [Strike(Day.AddDays(1), 35.05, 40.43, "United States", 42, 42)]);

        var first = ingestor.Ingest("a", "A report"u8.ToArray(), "text", Sidecar.None with { Source = "Local" });
        var second = ingestor.Ingest("b", "B report"u8.ToArray(), "text", Sidecar.None with { Source = "Monitor" });

        Assert.Equal(1, first.NewIncidents);
        Assert.Equal(0, second.NewIncidents);
        var incident = Assert.Single(_store.ListIncidents(new()));
        Assert.Equal(2, incident.DocumentCount);
        Assert.Equal(new FigureRange(24, 70), incident.Killed![VictimCategory.Civilians]);
        Assert.Equal(["Local", "Monitor"], incident.Sources.Order());
    }

    [Fact]
    public void Ingest_SamePlaceAndDayButOtherPerpetrator_MakesSeparateIncidents()
    {
        var ingestor = Ingestor(text => text.StartsWith('A')
            ? [Strike(Day, 35.02, 40.45, "United States", 5, 5)]
            : [Strike(Day, 35.02, 40.45, "Russia", 5, 5)]);

        ingestor.Ingest("a", "A"u8.ToArray(), "text", Sidecar.None);
        ingestor.Ingest("b", "B"u8.ToArray(), "text", Sidecar.None);

        Assert.Equal(2, _store.Counts().Incidents);
    }

    [Fact]
    public void Ingest_TallyClaim_IsKeptAsTallyNotIncident()
    {
        var tally = Strike(Day, 35, 40, "United States", 1953, 1953) with { Kind = ClaimKind.Tally, Attribution = ["SOHR"] };
        var ingestor = Ingestor(_ => [tally]);

        ingestor.Ingest("a", "A"u8.ToArray(), "text", Sidecar.None with { Published = Day });

        Assert.Equal(0, _store.Counts().Incidents);
        var stored = Assert.Single(_store.ListTallies());
        Assert.Equal("SOHR", stored.Reporter);
        Assert.Equal(Day, stored.AsOf);
    }

    [Fact]
    public void Ingest_ExtractorFailsMidway_StoreKeepsNothingOfThatReport()
    {
        var ingestor = Ingestor(_ => throw new InvalidOperationException("extractor crashed"));

        Assert.Throws<InvalidOperationException>(() => ingestor.Ingest("a", "A"u8.ToArray(), "text", Sidecar.None));

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), _store.Counts());
    }

    [Fact]
    public void Ingest_SameBytesAgain_IsADuplicateAndAddsNothing()
    {
        var ingestor = Ingestor(_ => [Strike(Day, 35, 40, "United States", 3, 3)]);
        ingestor.Ingest("a", "A"u8.ToArray(), "text", Sidecar.None);

        var again = ingestor.Ingest("a-again", "A"u8.ToArray(), "text", Sidecar.None);

        Assert.True(again.Duplicate);
        Assert.Equal(1, _store.Counts().Claims);
    }

    [Fact]
    public void IngestFile_UnknownExtension_IsSkippedWithReason()
    {
        var path = Path.Combine(_dir, "report.pdf");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("%PDF-1.4"));

        var outcome = Ingestor(_ => []).IngestFile(path, Sidecar.None);

        Assert.StartsWith("not a report format", outcome.SkipReason, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private ReportIngestor Ingestor(Func<string, IReadOnlyList<Claim>> script)
    {
        var extractor = new ScriptedExtractor(script);
        var updater = new IncidentUpdater(_store, new IncidentLinker(LinkingOptions.Default), extractor.Version, TimeProvider.System);
        return new ReportIngestor(_store, extractor, new ReportReader(ReaderOptions.Default), updater, TimeProvider.System);
    }

    private static Claim Strike(DateOnly day, double lat, double lon, string perpetrator, int min, int max) => new(
        ClaimKind.Incident,
        perpetrator,
        "airstrike",
        DateSpan.Day(day),
        new Place("Town", null, "SY", lat, lon, PlacePrecision.Town, null),
        Figures.Of((VictimCategory.Total, new FigureRange(min, max)), (VictimCategory.Civilians, new FigureRange(min, max))),
        null,
        ImmutableArray<string>.Empty,
        ImmutableArray<EvidenceSpan>.Empty,
        0.5);
}
