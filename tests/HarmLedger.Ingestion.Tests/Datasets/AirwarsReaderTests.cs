using System.Collections.Immutable;
using HarmLedger.Csv;
using HarmLedger.Export;
using HarmLedger.Ingestion.Datasets;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Tests.Datasets;

public sealed class AirwarsReaderTests
{
    private const string Header =
        "code,date,date_end,location,admin1,country,lat,lon,geo_precision,belligerent,weapon,civilians_min,civilians_max,children,women,men,injured_min,injured_max,grade,sources,url,summary\n";

    [Fact]
    public void Read_IncidentRow_CarriesRangesBreakdownGradeAndSources()
    {
        var text = Header + "ISPT0101,2023-10-09,,Jabalia,North Gaza,PS,31.53,34.48,exact,Israeli Military,airstrike,12,15,5,3,2-4,20,,Fair (Credible),Al Jazeera; WAFA,https://example.org/ISPT0101,\"A strike hit a home, killing 12.\"\n";

        var row = Assert.IsType<DatasetRow>(Assert.Single(Read(text)));

        Assert.Equal("airwars:ISPT0101", row.ExternalId);
        Assert.Equal(Grade.Fair, row.Grade);
        Assert.Equal(new FigureRange(12, 15), row.Claim.Killed![VictimCategory.Civilians]);
        Assert.Equal(FigureRange.AtLeast(12), row.Claim.Killed[VictimCategory.Total]);
        Assert.Equal(new FigureRange(2, 4), row.Claim.Killed[VictimCategory.Men]);
        Assert.Equal(FigureRange.Exactly(5), row.Claim.Killed[VictimCategory.Children]);
        Assert.Equal(FigureRange.AtLeast(20), row.Claim.Injured![VictimCategory.Civilians]);
        Assert.Equal(["Al Jazeera", "WAFA"], row.Claim.Attribution);
        Assert.Equal(PlacePrecision.Exact, row.Claim.Place!.Precision);
        Assert.Equal("https://example.org/ISPT0101", row.Url!.ToString());
        Assert.Equal("A strike hit a home, killing 12.", row.Claim.Evidence.Single().Text);
    }

    [Fact]
    public void Read_SeveralBelligerentsAndADateRange_ListsThemAndWidensThePrecision()
    {
        var text = Header + "CS1,2017-06-01,2017-06-05,Raqqa,,SY,35.95,39.01,,Coalition; Russian Military,,1,3,,,,,,Contested,,,\n";

        var row = (DatasetRow)Read(text).Single();

        Assert.Equal(["Coalition", "Russian Military"], row.Belligerents);
        Assert.Equal(DatePrecision.Week, row.Claim.Date.Precision);
        Assert.Equal(Grade.Contested, row.Grade);
    }

    [Fact]
    public void Read_MinAboveMax_IsSkipped()
    {
        var text = Header + "CS2,2017-06-01,,Raqqa,,SY,35.95,39.01,,Coalition,,5,3,,,,,,Weak,,,\n";

        var skip = Assert.IsType<DatasetSkip>(Read(text).Single());

        Assert.Contains("civilians_min", skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IncidentExport_RoundTripsWithoutLoss()
    {
        var incident = new Incident(
            9, IncidentStatus.Published, Grade.Confirmed,
            new DateSpan(new DateOnly(2017, 6, 26), new DateOnly(2017, 6, 26), DatePrecision.Day),
            new Place("Mayadin, \"prison\"\nnear", "=Deir ez-Zor", "SY", 35.0207, 40.452, PlacePrecision.Town, 169113),
            ["United States", "-Others"],
            Figures.Of((VictimCategory.Total, new FigureRange(26, 72)), (VictimCategory.Civilians, FigureRange.AtLeast(24))),
            null, 3, 2, ["Deirezzor24", "@SOHR"]);
        var csv = new StringWriter();
        IncidentCsvWriter.Write(csv, [incident]);

        var row = Assert.IsType<DatasetRow>(Assert.Single(Read(csv.ToString())));

        Assert.Equal(3, row.Line);
        Assert.Equal("incident:9", row.ExternalId);
        Assert.Equal(incident.Place, row.Exported!.Place);
        Assert.Equal(incident.Killed, row.Claim.Killed);
        Assert.Equal(incident.Belligerents, row.Belligerents);
        Assert.Equal(incident.Sources, row.Claim.Attribution);
        Assert.Equal(Grade.Confirmed, row.Grade);
        Assert.Equal(IncidentStatus.Published, row.Exported.Status);
    }

    [Fact]
    public void Read_ExportRowThatCannotBeRead_IsSkipped()
    {
        var csv = new StringWriter();
        IncidentCsvWriter.Write(csv, [new Incident(1, IncidentStatus.Automatic, Grade.Weak, DateSpan.Unknown, null, ImmutableArray<string>.Empty, null, null, 1, 1, ImmutableArray<string>.Empty)]);
        var text = csv.ToString().Replace(",weak,", ",certain,", StringComparison.Ordinal);

        var skip = Assert.IsType<DatasetSkip>(Assert.Single(Read(text)));

        Assert.Contains("grade 'certain'", skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ForeignHeader_ThrowsNamingTheMissingColumns()
    {
        var error = Assert.Throws<CsvHeaderException>(() => new AirwarsReader().Read(new StringReader("code,date\n")));

        Assert.Contains("civilians_min", error.MissingColumns);
    }

    private static List<DatasetItem> Read(string text) => [.. new AirwarsReader().Read(new StringReader(text))];
}
