using HarmLedger.Ingestion.Datasets;
using HarmLedger.Ingestion.Pipeline;
using HarmLedger.Linking;
using HarmLedger.Model;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Ingestion.Tests.Pipeline;

public sealed class DatasetImporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harmledger-import-").FullName;
    private readonly SqliteStore _store;

    public DatasetImporterTests()
    {
        _store = SqliteStore.Open(Path.Combine(_dir, "s.db"));
    }

    [Fact]
    public void Import_InterruptedAfterTheFirstBatch_KeepsItAndARerunFinishesWithoutDuplicates()
    {
        var file = Path.Combine(_dir, "rows.csv");
        File.WriteAllText(file, "made-up rows; the reader below generates them\n");
        var importer = new DatasetImporter(_store, new IncidentUpdater(_store, new IncidentLinker(LinkingOptions.Default), "test", TimeProvider.System), TimeProvider.System);

        Assert.Throws<IOException>(() => importer.Import(file, new GeneratedRows(rows: 1200, failAfter: 700), "Test"));
        var afterFailure = _store.Counts().Claims;
        var rerun = importer.Import(file, new GeneratedRows(rows: 1200, failAfter: null), "Test");

        Assert.Equal(500, afterFailure);
        Assert.Equal(500, rerun.Unchanged);
        Assert.Equal(700, rerun.Imported);
        Assert.Equal(1200, _store.Counts().Claims);
        Assert.Equal(1200, _store.Counts().Incidents);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Distinct made-up events, one a day; optionally the file "breaks" (an I/O error) after some rows.</summary>
    private sealed class GeneratedRows(int rows, int? failAfter) : IDatasetReader
    {
        public string Format => "test";

        public IEnumerable<DatasetItem> Read(TextReader reader)
        {
            for (var i = 0; i < rows; i++)
            {
                if (i == failAfter)
                {
                    throw new IOException("the disk went away");
                }

                var day = new DateOnly(2016, 1, 1).AddDays(i);
                var claim = new Claim(
                    ClaimKind.Incident, "Islamic State", null, DateSpan.Day(day),
                    new Place("Mosul", null, "IQ", 36.34, 43.13, PlacePrecision.Town, null),
                    Figures.Of((VictimCategory.Total, FigureRange.Exactly(3))), null, ["Test"], [], 1);
                yield return new DatasetRow(i + 2, $"test:{i}", claim, "Test", $"row {i}");
            }
        }
    }
}
