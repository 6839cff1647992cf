using HarmLedger.Csv;
using HarmLedger.Ingestion.Datasets;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Tests.Datasets;

public sealed class UcdpGedReaderTests
{
    private const string Header =
        "id,type_of_violence,side_a,side_b,source_office,source_headline,where_prec,where_coordinates,adm_1,latitude,longitude,iso3,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,low,best,high\n";

    private const string Tags = ",,#group+name+first,#group+name+second,,#description,,#loc+name,#adm1+name,#geo+lat,#geo+lon,#country+code,,#date+start,#date+end,,,,,,\n";

    [Fact]
    public void Read_EventRow_BecomesAnIncidentClaim()
    {
        var text = Header + Tags +
            "900001,3,IS,Civilians,Agence France Presse;Reuters;Agence France Presse,\"Blast kills 9, \"\"police\"\" say\",2,Sāmarrā’ town,Şalāḩ ad Dīn province,34.19,43.87,IRQ,1,2013-07-05,2013-07-05,0,2,7,9,9,9\n";

        var row = Assert.IsType<DatasetRow>(Assert.Single(Read(text)));

        Assert.Equal(3, row.Line);
        Assert.Equal("ucdp-ged:900001", row.ExternalId);
        Assert.Equal("Islamic State", row.Claim.Perpetrator);
        Assert.Equal(new Place("Sāmarrā’", "Şalāḩ ad Dīn", "IQ", 34.19, 43.87, PlacePrecision.Town, null), row.Claim.Place);
        Assert.Equal(DateSpan.Day(new DateOnly(2013, 7, 5)), row.Claim.Date);
        Assert.Equal(FigureRange.Exactly(9), row.Claim.Killed![VictimCategory.Total]);
        Assert.Equal(FigureRange.Exactly(7), row.Claim.Killed[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(2), row.Claim.Killed[VictimCategory.Combatants]);
        Assert.Equal(["Agence France Presse", "Reuters"], row.Claim.Attribution);
        Assert.Equal("Agence France Presse", row.SourceName);
    }

    [Fact]
    public void Read_Headline_IsEvidenceWithOffsetsIntoTheRowText()
    {
        var text = Header + "1,1,Government of Iraq,IS,AFP,\"Blast kills 9, police say\",1,Baghdad city,Baghdad province,33.3,44.4,IRQ,1,2014-01-01,2014-01-01,1,1,0,2,2,2\n";

        var row = (DatasetRow)Read(text).Single();

        var evidence = Assert.Single(row.Claim.Evidence);
        Assert.Equal("Blast kills 9, police say", evidence.Text);
        Assert.Equal(evidence.Text, row.RowText[evidence.Start..evidence.End]);
    }

    [Fact]
    public void Read_SeveralGovernmentsOnSideA_ListsEachBelligerent()
    {
        var text = Header + "2,1,\"Government of Australia, Government of United Kingdom, Government of United States of America\",IS,,,6,Iraq,,33,44,IRQ,5,2016-01-01,2016-12-31,0,4,0,4,4,4\n";

        var row = (DatasetRow)Read(text).Single();

        Assert.Equal(["Australia", "United Kingdom", "United States"], row.Belligerents);
        Assert.Equal(PlacePrecision.Country, row.Claim.Place!.Precision);
        Assert.Equal(DatePrecision.Year, row.Claim.Date.Precision);
    }

    [Fact]
    public void Read_LowAboveHigh_WidensTheTotalToTakeInEveryEstimate()
    {
        var text = Header + "3,1,Government of Iraq,IS,,,1,X town,,33,44,IRQ,1,2007-01-01,2007-01-01,0,3,0,3,3,2\n";

        var row = (DatasetRow)Read(text).Single();

        Assert.Equal(new FigureRange(3, 3), row.Claim.Killed![VictimCategory.Total]);
    }

    [Theory]
    [InlineData("95.5,44,IRQ", "latitude '95.5' is out of range")]
    [InlineData("33,abc,IRQ", "longitude 'abc' is not a number")]
    [InlineData("33,44,XXX", "country 'XXX'")]
    public void Read_BadRow_IsSkippedWithTheReasonAndReadingGoesOn(string placeCells, string reason)
    {
        var text = Header + $"4,1,Government of Iraq,IS,,,1,X town,,{placeCells},1,2007-01-01,2007-01-01,0,3,0,3,3,3\n" +
            "5,1,Government of Iraq,IS,,,1,X town,,33,44,IRQ,1,2007-01-01,2007-01-01,0,3,0,3,3,3\n";

        var items = Read(text);

        var skip = Assert.IsType<DatasetSkip>(items[0]);
        Assert.Equal(2, skip.Line);
        Assert.Contains(reason, skip.Reason, StringComparison.Ordinal);
        Assert.IsType<DatasetRow>(items[1]);
    }

    [Theory]
    [InlineData(1, DatePrecision.Day)]
    [InlineData(2, DatePrecision.Week)]
    [InlineData(3, DatePrecision.Week)]
    [InlineData(4, DatePrecision.Month)]
    [InlineData(5, DatePrecision.Year)]
    public void Read_DatePrec_MapsToPrecision(int datePrec, DatePrecision expected)
    {
        var text = Header + $"6,2,KDP,PUK,,,3,X district,,36,44,IRQ,{datePrec},1996-08-01,1996-08-03,1,1,0,2,2,2\n";

        var row = (DatasetRow)Read(text).Single();

        Assert.Equal(expected, row.Claim.Date.Precision);
    }

    [Fact]
    public void Read_HeaderWithoutDeathColumns_ThrowsNamingThem()
    {
        var error = Assert.Throws<CsvHeaderException>(() => new UcdpGedReader().Read(new StringReader("id,side_a,latitude\n1,IS,33\n")));

        Assert.Contains("deaths_civilians", error.MissingColumns);
        Assert.Contains("not a ucdp-ged file", error.Message, StringComparison.Ordinal);
    }

    private static List<DatasetItem> Read(string text) => [.. new UcdpGedReader().Read(new StringReader(text))];
}
