using System.Text.Json;

namespace HarmLedger.Cli.Tests.Commands;

public sealed class AnalystCommandTests : IDisposable
{
    private static readonly DateOnly Day = new(2017, 6, 26);
    private readonly TempFolder _dir = new();

    [Fact]
    public void Merge_TwoIncidents_ClaimsMoveAndTheSecondIsArchived()
    {
        var ids = StoreSeed.Incidents(_dir.Db,
            StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20),
            StoreSeed.Strike(Day, 35.40, 40.45, "United States", 30));

        var run = CliRun.Of("merge", ids[0].ToString(), ids[1].ToString(), "--db", _dir.Db, "--reason", "same prison", "--analyst", "rk");
        var shown = Show(ids[0]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, shown.GetProperty("claims").GetInt32());
        Assert.Equal(20, shown.GetProperty("killed").GetProperty("civilians").GetProperty("min").GetInt32());
        Assert.Equal(30, shown.GetProperty("killed").GetProperty("civilians").GetProperty("max").GetInt32());
        var civilians = shown.GetProperty("bounds").GetProperty("killed").EnumerateArray().Single(b => b.GetProperty("category").GetString() == "civilians");
        var claims = shown.GetProperty("claimsDetail").EnumerateArray().Select(c => c.GetProperty("claimId").GetInt64()).ToList();
        Assert.Equal([claims[0]], civilians.GetProperty("minSetBy").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal([claims[1]], civilians.GetProperty("maxSetBy").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Contains(shown.GetProperty("history").EnumerateArray(),
            h => h.GetProperty("action").GetString() == "merged" && h.GetProperty("actor").GetString() == "analyst:rk");
        Assert.Equal("archived", Show(ids[1]).GetProperty("status").GetString());
    }

    [Fact]
    public void Merge_IncidentAlreadyMerged_IsRefused()
    {
        var ids = StoreSeed.Incidents(_dir.Db,
            StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20),
            StoreSeed.Strike(Day, 35.40, 40.45, "United States", 30));
        CliRun.Of("merge", ids[0].ToString(), ids[1].ToString(), "--db", _dir.Db, "--reason", "same");

        var again = CliRun.Of("merge", ids[0].ToString(), ids[1].ToString(), "--db", _dir.Db, "--reason", "again");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("was merged into", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_OneClaim_MakesANewIncidentTheLinkerLeavesAlone()
    {
        var ids = StoreSeed.Incidents(_dir.Db,
            StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20),
            StoreSeed.Strike(Day, 35.03, 40.45, "United States", 70));
        Assert.Equal(ids[0], ids[1]);
        var claim = Show(ids[0]).GetProperty("claimsDetail")[1].GetProperty("claimId").GetInt64();

        var run = CliRun.Of("split", ids[0].ToString(), claim.ToString(), "--db", _dir.Db, "--reason", "two strikes");
        StoreSeed.Incidents(_dir.Db, StoreSeed.Strike(Day, 35.02, 40.45, "United States", 21));
        var incidents = Incidents().EnumerateArray().Select(i => Show(i.GetProperty("id").GetInt64())).ToList();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, incidents.Count);
        var splitOff = Assert.Single(incidents, i => i.GetProperty("claimsDetail").EnumerateArray().Any(c => c.GetProperty("claimId").GetInt64() == claim));
        Assert.Equal(70, splitOff.GetProperty("killed").GetProperty("civilians").GetProperty("min").GetInt32());
        Assert.NotEqual(ids[0], splitOff.GetProperty("id").GetInt64());
    }

    [Fact]
    public void Split_AllClaims_IsRefused()
    {
        var ids = StoreSeed.Incidents(_dir.Db, StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20));
        var claim = Show(ids[0]).GetProperty("claimsDetail")[0].GetProperty("claimId").GetInt64();

        var run = CliRun.Of("split", ids[0].ToString(), claim.ToString(), "--db", _dir.Db, "--reason", "x");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least one claim", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_Override_SurvivesANewReportAndIsInTheHistory()
    {
        var ids = StoreSeed.Incidents(_dir.Db, StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20));

        CliRun.Of("grade", ids[0].ToString(), "fair", "--db", _dir.Db, "--reason", "two sources checked by phone");
        StoreSeed.Incidents(_dir.Db, StoreSeed.Strike(Day, 35.02, 40.45, "United States", 25));
        var shown = Show(ids[0]);

        Assert.Equal("fair", shown.GetProperty("grade").GetString());
        Assert.Contains(shown.GetProperty("history").EnumerateArray(),
            h => h.GetProperty("reason").GetString()!.Contains("two sources checked by phone", StringComparison.Ordinal));
    }

    [Fact]
    public void Status_Published_FiltersAndIsRecorded()
    {
        var ids = StoreSeed.Incidents(_dir.Db,
            StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20),
            StoreSeed.Strike(Day.AddDays(20), 36.2, 37.1, "Russia", 3));

        CliRun.Of("status", ids[1].ToString(), "published", "--db", _dir.Db, "--reason", "reviewed");
        var published = Incidents("--status", "published");

        Assert.Equal(ids[1], Assert.Single(published.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Fact]
    public void Review_NearbyIncidents_AreListedFirstAsLikelyDuplicates()
    {
        var ids = StoreSeed.Incidents(_dir.Db,
            StoreSeed.Strike(Day.AddDays(40), 33.5, 36.3, "Russia", 4),
            StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20),
            StoreSeed.Strike(Day.AddDays(2), 35.10, 40.50, "United States", 22));

        var run = CliRun.Of("review", "--db", _dir.Db, "--json");
        var json = JsonDocument.Parse(run.Out).RootElement;

        var pair = Assert.Single(json.GetProperty("likelyDuplicates").EnumerateArray());
        Assert.Equal([ids[1], ids[2]], new[] { pair.GetProperty("first").GetInt64(), pair.GetProperty("second").GetInt64() }.Order());
        Assert.Equal(ids[0], json.GetProperty("incidents")[2].GetProperty("id").GetInt64());
    }

    [Fact]
    public void Compare_NoAssessments_AllIncidentsUnassessedAndOfficialEmpty()
    {
        var ids = StoreSeed.Incidents(_dir.Db,
            StoreSeed.Strike(Day, 35.02, 40.45, "United States", 20),
            StoreSeed.Strike(Day.AddDays(40), 36.2, 37.1, "United States", 5),
            StoreSeed.Strike(Day, 33.5, 36.3, "Russia", 4));

        var run = CliRun.Of("compare", "--belligerent", "United States", "--db", _dir.Db, "--json");
        var json = JsonDocument.Parse(run.Out).RootElement;

        Assert.Equal(25, json.GetProperty("monitor").GetProperty("civilians").GetProperty("min").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("official").ValueKind);
        Assert.Equal(0, json.GetProperty("ratio").GetDouble());
        Assert.Equal(["2017-06", "2017-08"], json.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        Assert.Equal([ids[0], ids[1]], json.GetProperty("unassessed").EnumerateArray().Select(e => e.GetInt64()));
    }

    public void Dispose() => _dir.Dispose();

    private JsonElement Show(long id) => JsonDocument.Parse(CliRun.Of("show", id.ToString(), "--db", _dir.Db, "--json").Out).RootElement;

    private JsonElement Incidents(params string[] args) =>
        JsonDocument.Parse(CliRun.Of(["incidents", "--db", _dir.Db, "--json", .. args]).Out).RootElement;
}
