using System.Text.Json;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Tests.Commands;

public sealed class ImportGazetteerCommandTests : IDisposable
{
    // A made-up village in GeoNames' 19-column format, and a line too short to be one.
    private const string Dump =
        "9900001\tQaryat Zaytunat al-Ikhtibar\tQaryat Zaytunat al-Ikhtibar\tZaytunat al-Ikhtibar\t35.5\t39.5\tP\tPPL\tSY\t\t07\t\t\t\t1200\t\t\t\t\n" +
        "9900002\tbroken line\n" +
        "9900003\tJabal Sample\tJabal Sample\t\t35.6\t39.6\tT\tMT\tSY\t\t07\t\t\t\t0\t\t\t\t\n";

    private readonly TempFolder _dir = new();

    [Fact]
    public void ImportGazetteer_Dump_ImportsPlacesSkipsBadLinesAndIsIdempotent()
    {
        var file = _dir.Write("SY.txt", Dump);

        var first = JsonDocument.Parse(CliRun.Of("import-gazetteer", file, "--db", _dir.Db, "--json").Out).RootElement;
        var second = JsonDocument.Parse(CliRun.Of("import-gazetteer", file, "--db", _dir.Db, "--json").Out).RootElement;

        Assert.Equal(1, first.GetProperty("imported").GetInt32());
        Assert.Equal(2, Assert.Single(first.GetProperty("skipped").EnumerateArray()).GetProperty("line").GetInt64());
        Assert.Equal(0, second.GetProperty("imported").GetInt32());
        Assert.Equal(1, second.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public void ImportGazetteer_ThenResolve_ImportedAlternateNameIsFound()
    {
        CliRun.Of("import-gazetteer", _dir.Write("SY.txt", Dump), "--db", _dir.Db);
        using var store = SqliteStore.Open(_dir.Db, create: false);

        var mentions = ExtractorFactory.Places(store).FindPlaces("An air strike hit Zaytunat al-Ikhtibar in Syria on Monday.");

        Assert.Contains(mentions, m => m.Place.GeonameId == 9900001 && m.Place.Country == "SY");
    }

    [Fact]
    public void ImportGazetteer_MissingFile_ExitsTwo()
    {
        var run = CliRun.Of("import-gazetteer", _dir.File("absent.txt"), "--db", _dir.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("absent.txt: no such file", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
