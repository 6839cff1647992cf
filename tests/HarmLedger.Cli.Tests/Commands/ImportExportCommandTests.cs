using System.Text.Json;

namespace HarmLedger.Cli.Tests.Commands;

public sealed class ImportExportCommandTests : IDisposable
{
    // Made-up rows in UCDP GED's layout (a subset of its columns, with its HXL row), two events on one day in one city.
    private const string Ucdp =
        "id,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,latitude,longitude,iso3,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high,source_office,source_headline\n" +
        ",,#group+name+first,,,#loc+name,#adm1+name,#geo+lat,#geo+lon,#country+code,#country+name,,#date+start,#date+end,,,,,,#affected+killed,,#meta+source,#description\n" +
        "900001,3,IS,Civilians,1,Mosul city,Ninawa province,36.335,43.119,IRQ,Iraq,1,2016-10-20,2016-10-20,0,0,12,0,12,12,14,Agence France Presse,\"Car bomb kills 12 in Mosul, officials say\"\n" +
        "900002,1,Government of Iraq,IS,1,Mosul city,Ninawa province,36.34,43.13,IRQ,Iraq,1,2016-10-20,2016-10-20,2,5,0,0,7,7,7,Reuters News,Clashes in eastern Mosul\n" +
        "900003,1,Government of Iraq,IS,1,Mosul city,Ninawa province,not-a-number,43.13,IRQ,Iraq,1,2016-10-21,2016-10-21,1,1,0,0,2,2,2,Reuters News,Bad row\n";

    private readonly TempFolder _dir = new();

    [Fact]
    public void Import_UcdpRows_EachRowIsItsOwnIncidentAndBadRowsAreSkippedWithTheirLine()
    {
        var file = _dir.Write("ged.csv", Ucdp);

        var run = CliRun.Of("import", "ucdp-ged", file, "--db", _dir.Db, "--json");
        var json = JsonDocument.Parse(run.Out).RootElement;

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, json.GetProperty("imported").GetInt32());
        Assert.Equal(2, json.GetProperty("incidents").GetInt32());
        Assert.Equal(5, Assert.Single(json.GetProperty("skipped").EnumerateArray()).GetProperty("line").GetInt32());
    }

    [Fact]
    public void Import_SameFileTwice_SecondRunChangesNothing()
    {
        var file = _dir.Write("ged.csv", Ucdp);
        CliRun.Of("import", "ucdp-ged", file, "--db", _dir.Db);

        var again = JsonDocument.Parse(CliRun.Of("import", "ucdp-ged", file, "--db", _dir.Db, "--json").Out).RootElement;

        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, Incidents().GetArrayLength());
    }

    [Fact]
    public void Import_ChangedRow_UpdatesItsIncidentInPlace()
    {
        CliRun.Of("import", "ucdp-ged", _dir.Write("ged.csv", Ucdp), "--db", _dir.Db);
        var revised = Ucdp.Replace("0,0,12,0,12,12,14,Agence", "0,0,15,0,15,15,16,Agence", StringComparison.Ordinal);

        var run = JsonDocument.Parse(CliRun.Of("import", "ucdp-ged", _dir.Write("ged-v2.csv", revised), "--db", _dir.Db, "--json").Out).RootElement;

        Assert.Equal(1, run.GetProperty("changed").GetInt32());
        Assert.Equal(2, Incidents().GetArrayLength());
        Assert.Contains(Incidents().EnumerateArray(), i => i.GetProperty("killed").GetProperty("civilians").GetProperty("min").GetInt32() == 15);
    }

    [Fact]
    public void Import_WrongFormat_FailsNamingMissingColumns()
    {
        var run = CliRun.Of("import", "acled", _dir.Write("ged.csv", Ucdp), "--db", _dir.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("event_id_cnty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_CsvThenImport_RoundTripsWithoutLoss()
    {
        CliRun.Of("import", "ucdp-ged", _dir.Write("ged.csv", Ucdp), "--db", _dir.Db);
        var csv = _dir.File("incidents.csv");
        CliRun.Of("export", "--format", "csv", "--out", csv, "--db", _dir.Db);
        var second = _dir.File("second.db");

        CliRun.Of("import", "airwars", csv, "--db", second);
        var again = _dir.File("again.csv");
        CliRun.Of("export", "--format", "csv", "--out", again, "--db", second);

        Assert.Equal(WithoutIds(File.ReadAllLines(csv)), WithoutIds(File.ReadAllLines(again)));
        Assert.StartsWith("#event+id", File.ReadAllLines(csv)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Export_GeoJson_IsAFeatureCollectionWithLonLatPoints()
    {
        CliRun.Of("import", "ucdp-ged", _dir.Write("ged.csv", Ucdp), "--db", _dir.Db);

        var run = CliRun.Of("export", "--format", "geojson", "--db", _dir.Db);
        var json = JsonDocument.Parse(run.Out).RootElement;

        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        Assert.False(json.TryGetProperty("crs", out _));
        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        var coordinates = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(coordinates[0].GetDouble(), 43, 44);
        Assert.InRange(coordinates[1].GetDouble(), 36, 37);
    }

    public void Dispose() => _dir.Dispose();

    private static List<string> WithoutIds(string[] lines) =>
        [.. lines.Skip(2).Select(l => l[l.IndexOf(',', StringComparison.Ordinal)..]).Order(StringComparer.Ordinal)];

    private JsonElement Incidents() =>
        JsonDocument.Parse(CliRun.Of("incidents", "--db", _dir.Db, "--json").Out).RootElement;
}
