using HarmLedger.Csv;
using HarmLedger.Ingestion.Datasets;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Tests.Datasets;

public sealed class AcledReaderTests
{
    private const string Header =
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,iso,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\n";

    [Fact]
    public void Read_ViolenceAgainstCivilians_CountsFatalitiesAsCivilians()
    {
        var text = Header + "AFG1,21 March 2020,2020,1,Violence against civilians,Attack,Taliban,,Civilians (Afghanistan),4,Afghanistan,Kunduz,Imam Sahib,37.18,68.91,1,Pajhwok; Xinhua,\"On 21 March 2020, Taliban killed 3 civilians, a source said.\",3\n";

        var row = Assert.IsType<DatasetRow>(Assert.Single(Read(text)));

        Assert.Equal("acled:AFG1", row.ExternalId);
        Assert.Equal(FigureRange.Exactly(3), row.Claim.Killed![VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(3), row.Claim.Killed[VictimCategory.Total]);
        Assert.Equal(new Place("Imam Sahib", "Kunduz", "AF", 37.18, 68.91, PlacePrecision.Town, null), row.Claim.Place);
        Assert.Equal(["Pajhwok", "Xinhua"], row.Claim.Attribution);
        Assert.StartsWith("On 21 March 2020, Taliban", row.Claim.Evidence.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Battle_HasNoCivilianFigureAndStripsTheActorsYears()
    {
        var text = Header + "AFG2,2020-03-02,2020,2,Battles,Armed clash,Military Forces of Afghanistan (2014-2021),,Taliban,4,Afghanistan,Helmand,Nad Ali,31.6,64.3,2,TOLOnews,Clash.,5\n";

        var row = (DatasetRow)Read(text).Single();

        Assert.Equal("Military Forces of Afghanistan", row.Claim.Perpetrator);
        Assert.Null(row.Claim.Killed![VictimCategory.Civilians]);
        Assert.Equal(new DateSpan(new DateOnly(2020, 3, 2), new DateOnly(2020, 3, 2), DatePrecision.Week), row.Claim.Date);
        Assert.Equal(PlacePrecision.District, row.Claim.Place!.Precision);
    }

    [Fact]
    public void Read_AirStrike_NamesTheWeapon()
    {
        var text = Header + "AFG3,3 March 2020,2020,1,Explosions/Remote violence,Air/drone strike,Military Forces of United States (2017-2021),,Taliban,4,Afghanistan,Helmand,Nahri Sarraj,31.7,64.2,1,Ariana,Strike.,4\n";

        var row = (DatasetRow)Read(text).Single();

        Assert.Equal("airstrike", row.Claim.Weapon);
    }

    [Theory]
    [InlineData("AFG4,31 Febuary 2020,2020,1,Battles,Armed clash,Taliban,,,4,Afghanistan,,X,31,64,1,,,1", "event_date")]
    [InlineData("AFG5,1 March 2020,2020,1,Battles,Armed clash,Taliban,,,4,Afghanistan,,X,31,64,1,,,-2", "fatalities '-2'")]
    [InlineData("AFG6,1 March 2020,2020,1,Battles,Armed clash,Taliban,,,,Atlantis,,X,31,64,1,,,1", "Atlantis")]
    [InlineData("AFG7,1 March 2020,2020,1,Battles", "fields")]
    public void Read_BadRow_IsSkippedWithItsReason(string line, string reason)
    {
        var items = Read(Header + line + "\n");

        var skip = Assert.IsType<DatasetSkip>(Assert.Single(items));
        Assert.Contains(reason, skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoCountryColumn_Throws()
    {
        var act = () => new AcledReader().Read(new StringReader("event_id_cnty,event_date,event_type,actor1,latitude,longitude,fatalities\n"));

        var error = Assert.Throws<CsvHeaderException>(act);
        Assert.Contains("iso3, country or iso", error.Message, StringComparison.Ordinal);
    }

    private static List<DatasetItem> Read(string text) => [.. new AcledReader().Read(new StringReader(text))];
}
