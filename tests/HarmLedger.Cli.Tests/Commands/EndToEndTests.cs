using System.Text.Json;
using HarmLedger.Cli.Commands;

namespace HarmLedger.Cli.Tests.Commands;

/// <summary>Reports carried through the whole pipeline with the real extractor, gazetteer, linker and store.</summary>
public sealed class EndToEndTests : IDisposable
{
    // Written for this test, in the manner of a local activists' report (published on a Tuesday).
    private const string Local =
        "A US air strike early Monday killed dozens of civilians near the Euphrates town of Mayadin in Syria's Deir ez-Zor province, " +
        "local activists said. The strike hit a prison and also killed two guards. The activists' site put the civilian death toll at 70.";

    private readonly TempFolder _dir = new();

    [Fact]
    public void Ingest_LocalReport_MakesOneIncidentWithDateFromWeekdayAndPlaceFromGazetteer()
    {
        var report = _dir.Write("local.txt", Local);
        _dir.Write("local.meta.json", """{"published":"2017-06-27","source":"Activists (test)"}""");

        var run = CliRun.Of("ingest", report, "--db", _dir.Db, "--json");
        var incident = Assert.Single(Incidents().EnumerateArray());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2017-06-26", incident.GetProperty("date").GetProperty("start").GetString());
        Assert.Equal("SY", incident.GetProperty("place").GetProperty("country").GetString());
        Assert.InRange(incident.GetProperty("place").GetProperty("lat").GetDouble(), 34.9, 35.15);
        Assert.Equal(70, incident.GetProperty("killed").GetProperty("civilians").GetProperty("max").GetInt32());
        Assert.Equal(["United States"], incident.GetProperty("belligerents").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public void Show_IngestedReport_QuotesEvidenceThatMatchesTheDocumentText()
    {
        var report = _dir.Write("local.txt", Local);
        CliRun.Of("ingest", report, "--db", _dir.Db, "--published", "2017-06-27", "--source", "Activists (test)");
        var id = Incidents()[0].GetProperty("id").GetInt64();

        var shown = JsonDocument.Parse(CliRun.Of("show", id.ToString(), "--db", _dir.Db, "--json").Out).RootElement;

        var claim = shown.GetProperty("claimsDetail")[0];
        Assert.Equal("Activists (test)", claim.GetProperty("source").GetString());
        foreach (var e in claim.GetProperty("evidence").EnumerateArray())
        {
            var (start, end) = (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
            Assert.Equal(Local[start..end], e.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void ImportThenIngest_DatasetRowAndArticleOfOneMosulEvent_LinkIntoOneIncident()
    {
        // A UCDP-style row and a wire-style article, both made up here, of the executions near Mosul the UN reported in October 2016.
        const string Ged =
            "id,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,latitude,longitude,iso3,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high,source_office\n" +
            "990001,3,IS,Civilians,1,Mosul city,Ninawa province,36.335,43.119,IRQ,Iraq,1,2016-10-26,2016-10-26,0,0,232,0,232,232,232,UN OHCHR\n" +
            "990002,1,Government of Iraq,IS,1,Baghdad city,Baghdad province,33.34,44.40,IRQ,Iraq,1,2016-10-26,2016-10-26,3,4,0,0,7,7,7,Reuters News\n";
        const string Article =
            "Islamic State militants executed 232 civilians near Mosul, Iraq, on Wednesday, the UN human rights office said, as Iraqi forces pressed their offensive on the city.";
        CliRun.Of("import", "ucdp-ged", _dir.Write("ged.csv", Ged), "--db", _dir.Db);

        CliRun.Of("ingest", _dir.Write("wire.txt", Article), "--published", "2016-10-28", "--source", "Wire (test)", "--db", _dir.Db);
        var incidents = Incidents().EnumerateArray().ToList();

        Assert.Equal(2, incidents.Count);
        var mosul = Assert.Single(incidents, i => i.GetProperty("documents").GetInt32() == 2);
        Assert.Equal(["Islamic State"], mosul.GetProperty("belligerents").EnumerateArray().Select(b => b.GetString()));
        Assert.Contains("Wire (test)", mosul.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void ExtractBatch_ThroughTheCommand_KeepsOrderAndDates()
    {
        var lines = new[]
        {
            JsonSerializer.Serialize(new { id = "x", text = Local, published = "2017-06-27" }),
            JsonSerializer.Serialize(new { id = "y", text = Local, published = (string?)null }),
        };
        using var output = new MemoryStream();

        new BatchExtraction(ExtractorFactory.Create(null), 2).Run(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))), output);
        var results = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(["x", "y"], results.Select(r => r.GetProperty("id").GetString()));
        var dated = results[0].GetProperty("claims").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "incident");
        var undated = results[1].GetProperty("claims").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "incident");
        Assert.Equal("2017-06-26", dated.GetProperty("date").GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("date").GetProperty("start").ValueKind);
    }

    [Fact]
    public void Compare_ReportQuotingAMonitorsTally_ListsTheTallyBesideTheIncidents()
    {
        const string Report = "The Syrian Observatory for Human Rights has recorded 1,953 civilians killed by US airstrikes in Syria, " +
                              "including 456 children and 333 women.";
        CliRun.Of("ingest", _dir.Write("tally.txt", Report), "--published", "2017-06-27", "--db", _dir.Db);

        var json = JsonDocument.Parse(CliRun.Of("compare", "--belligerent", "United States", "--db", _dir.Db, "--json").Out).RootElement;

        var tally = Assert.Single(json.GetProperty("tallies").EnumerateArray());
        Assert.Equal(1953, tally.GetProperty("killed").GetProperty("civilians").GetProperty("min").GetInt32());
        Assert.Equal(456, tally.GetProperty("killed").GetProperty("children").GetProperty("min").GetInt32());
        Assert.Equal("2017-06-27", tally.GetProperty("asOf").GetString());
        Assert.Empty(json.GetProperty("unassessed").EnumerateArray());
    }

    public void Dispose() => _dir.Dispose();

    private JsonElement Incidents() => JsonDocument.Parse(CliRun.Of("incidents", "--db", _dir.Db, "--json").Out).RootElement;
}
