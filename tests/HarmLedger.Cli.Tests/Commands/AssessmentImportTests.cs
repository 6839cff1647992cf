using System.Text.Json;
using HarmLedger.Geo;

namespace HarmLedger.Cli.Tests.Commands;

public sealed class AssessmentImportTests : IDisposable
{
    // Made-up monitor incidents: two US strikes in Raqqa in one month, one in the next, and one by another party.
    private const string Monitor =
        "code,date,location,country,lat,lon,belligerent,civilians_min,civilians_max,grade\n" +
        "TEST001,2017-06-05,Raqqa,SY,35.95,39.01,United States,10,12,fair\n" +
        "TEST002,2017-06-20,Raqqa,SY,35.94,39.05,United States,4,6,weak\n" +
        "TEST003,2017-07-02,Tabqa,SY,35.83,38.55,United States,3,3,fair\n" +
        "TEST004,2017-06-11,Idlib,SY,35.93,36.63,Russia,9,9,fair\n";

    private readonly TempFolder _dir = new();

    [Fact]
    public void Compare_AfterAssessments_OfficialFiguresRatioAndUnassessed()
    {
        var assessments =
            "case_id,date,location,country,mgrs,assessment,belligerent,civilians_killed,civilians_injured,answers\n" +
            $"C-1,2017-06-05,Raqqa,SY,{Mgrs.Format(35.95, 39.01, 4)},credible,United States,1-2,1,TEST001\n" +
            $"C-2,2017-07-02,Tabqa,SY,{Mgrs.Format(35.83, 38.55, 4)},non-credible,United States,0,0,\n";
        CliRun.Of("import", "airwars", _dir.Write("monitor.csv", Monitor), "--db", _dir.Db);

        var imported = CliRun.Of("import", "assessments", _dir.Write("assessments.csv", assessments), "--db", _dir.Db, "--json");
        var run = CliRun.Of("compare", "--belligerent", "United States", "--country", "SY", "--db", _dir.Db, "--json");
        var json = JsonDocument.Parse(run.Out).RootElement;

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(17, json.GetProperty("monitor").GetProperty("civilians").GetProperty("min").GetInt32());
        Assert.Equal(1, json.GetProperty("official").GetProperty("civilians").GetProperty("min").GetInt32());
        Assert.Equal(2, json.GetProperty("official").GetProperty("civilians").GetProperty("max").GetInt32());
        Assert.Equal(1.0 / 17, json.GetProperty("ratio").GetDouble(), 3);
        var june = json.GetProperty("months")[0];
        Assert.Equal(2, june.GetProperty("incidents").GetInt32());
        Assert.Equal(1, june.GetProperty("assessed").GetInt32());
        var unassessed = Assert.Single(json.GetProperty("unassessed").EnumerateArray()).GetInt64();
        var june5 = Incidents().EnumerateArray().Single(i => i.GetProperty("date").GetProperty("start").GetString() == "2017-06-05");
        Assert.Equal("confirmed", june5.GetProperty("grade").GetString());
        Assert.Equal(6, Show(unassessed).GetProperty("killed").GetProperty("civilians").GetProperty("max").GetInt32());
    }

    [Fact]
    public void Import_AssessmentWithoutCode_JoinsTheIncidentAtItsPlaceAndDate()
    {
        var assessments =
            "case_id,date,location,mgrs,assessment,belligerent,civilians_killed,answers\n" +
            $"C-1,2017-06-20,\"Raqqa, Syria\",{Mgrs.Format(35.94, 39.05, 4)},credible,United States,2,\n";
        CliRun.Of("import", "airwars", _dir.Write("monitor.csv", Monitor), "--db", _dir.Db);

        CliRun.Of("import", "assessments", _dir.Write("assessments.csv", assessments), "--db", _dir.Db);
        var june20 = Incidents().EnumerateArray().Single(i => i.GetProperty("date").GetProperty("start").GetString() == "2017-06-20");

        Assert.Equal(2, june20.GetProperty("claims").GetInt32());
    }

    [Fact]
    public void Import_BadMgrs_RowIsSkippedWithReason()
    {
        var assessments =
            "case_id,date,location,mgrs,assessment,belligerent\n" +
            "C-9,2017-06-20,\"Raqqa, Syria\",99ZZZ123,credible,United States\n";

        var run = JsonDocument.Parse(CliRun.Of("import", "assessments", _dir.Write("a.csv", assessments), "--db", _dir.Db, "--json").Out).RootElement;

        var skip = Assert.Single(run.GetProperty("skipped").EnumerateArray());
        Assert.Equal(2, skip.GetProperty("line").GetInt32());
        Assert.Contains("mgrs", skip.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _dir.Dispose();

    private JsonElement Show(long id) => JsonDocument.Parse(CliRun.Of("show", id.ToString(), "--db", _dir.Db, "--json").Out).RootElement;

    private JsonElement Incidents() => JsonDocument.Parse(CliRun.Of("incidents", "--db", _dir.Db, "--json").Out).RootElement;
}
