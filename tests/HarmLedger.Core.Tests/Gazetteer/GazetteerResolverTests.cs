using HarmLedger.Gazetteer;
using HarmLedger.Model;

namespace HarmLedger.Tests.Gazetteer;

public sealed class GazetteerResolverTests
{
    [Fact]
    public void FindPlaces_NameInTwoCountries_PicksTheCountryTheTextNames()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000001, "Qaryat Zubda", "", 35.1, 40.5, "SY", "07", population: 9000),
            GeoNamesRows.Entry(9000002, "Qaryat Zubda", "", 33.3, 44.4, "IQ", "01", population: 2000));

        var inIraq = resolver.FindPlaces("An air strike hit Qaryat Zubda in Iraq on Monday.");
        var inSyria = resolver.FindPlaces("An air strike hit Qaryat Zubda, Syria.");

        Assert.Equal(9000002, inIraq[0].Place.GeonameId);
        Assert.Equal(9000001, inSyria[0].Place.GeonameId);
    }

    [Fact]
    public void FindPlaces_NameInTwoProvinces_PicksTheProvinceAfterTheComma()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000011, "Tall Warda", "", 35.1, 40.5, "SY", "07", population: 9000),
            GeoNamesRows.Entry(9000012, "Tall Warda", "", 36.2, 37.1, "SY", "09", population: 800));

        var mentions = resolver.FindPlaces("Shelling struck Tall Warda, Aleppo, at dawn.");

        Assert.Equal(9000012, mentions[0].Place.GeonameId);
        Assert.Equal("Aleppo", mentions[0].Place.Admin1);
        Assert.Equal(PlacePrecision.Province, mentions[1].Place.Precision);
    }

    [Fact]
    public void FindPlaces_WithoutContext_PrefersTheLargerPlace()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000021, "Kafr Nabudah", "", 35.1, 40.5, "SY", "10", population: 300),
            GeoNamesRows.Entry(9000022, "Kafr Nabudah", "", 33.3, 44.4, "IQ", "01", population: 30000));

        var mentions = resolver.FindPlaces("Residents of Kafr Nabudah fled.");

        Assert.Equal(9000022, Assert.Single(mentions).Place.GeonameId);
        Assert.True(mentions[0].Score < 0.9);
    }

    [Fact]
    public void FindPlaces_CommonEnglishWordsThatArePlaces_AreNotMatched()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000031, "Police", "", 50, 15, "PL", "01", population: 5000),
            GeoNamesRows.Entry(9000032, "Many", "", 49, 6, "FR", "01", population: 1200),
            GeoNamesRows.Entry(9000033, "Of", "", 40, 40, "TR", "01", population: 9000),
            GeoNamesRows.Entry(9000034, "Young", "", -32, -57, "UY", "01", population: 16000),
            GeoNamesRows.Entry(9000035, "Dozens", "", 10, 10, "NG", "01", population: 1000));

        var mentions = resolver.FindPlaces("Police said Dozens were hurt. Many Young men of the town died in March. Of those, Monday...");

        Assert.Empty(mentions);
    }

    [Fact]
    public void FindPlaces_LowerCaseOrShortAcronym_IsNotMatched()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000041, "Raqqa", "", 35.9, 39.0, "SY", "04"),
            GeoNamesRows.Entry(9000042, "Isi", "", 10, 10, "NG", "01"));

        var mentions = resolver.FindPlaces("the raqqa front; ISI claimed it.");

        Assert.Empty(mentions);
    }

    [Fact]
    public void FindPlaces_LongestNameWins()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000051, "Deir", "", 35, 40, "SY", "07"),
            GeoNamesRows.Entry(9000052, "Dayr al Balah", "Deir al-Balah", 31.4, 34.35, "PS", "GZ"));

        var mentions = resolver.FindPlaces("Strikes on Deir al-Balah continued.");

        var mention = Assert.Single(mentions);
        Assert.Equal(9000052, mention.Place.GeonameId);
        Assert.Equal("Dayr al Balah", mention.Place.Name);
    }

    [Fact]
    public void FindPlaces_NameOfThreeWordsWhoseFirstTwoAreNoName_IsFound()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000053, "Kafr Nabl Sharqi", "", 35.6, 36.5, "SY", "07"),
            GeoNamesRows.Entry(9000054, "Nabl", "", 35.0, 36.0, "SY", "07"));
        var text = "Shelling hit Kafr Nabl Sharqi and Nabl on Monday.";

        var mentions = resolver.FindPlaces(text);

        Assert.Equal(["Kafr Nabl Sharqi", "Nabl"], mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal([9000053L, 9000054L], mentions.Select(m => m.Place.GeonameId ?? 0));
    }

    [Fact]
    public void FindPlaces_FirstWordOfALongerNameAlone_IsNoPlace()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000055, "Kafr Nabl Sharqi", "", 35.6, 36.5, "SY", "07"));

        var mentions = resolver.FindPlaces("Shelling hit Kafr Nabl on Monday, and Kafr too.");

        Assert.Empty(mentions);
    }

    [Fact]
    public void FindPlaces_Offsets_AreUtf16WithExclusiveEnd()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000061, "Al Mayadin", "Mayadin", 35.0, 40.45, "SY", "07"));
        var text = "🔥 قصف — (al-Mayadin) burns";

        var mention = Assert.Single(resolver.FindPlaces(text));

        Assert.Equal(text.IndexOf("al-Mayadin", StringComparison.Ordinal), mention.Start);
        Assert.Equal("al-Mayadin", text[mention.Start..mention.End]);
    }

    [Fact]
    public void FindPlaces_RelativePhrase_KeepsThePointWithALowerScore()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000071, "Hajin", "", 34.69, 40.83, "SY", "07"));

        var inside = Assert.Single(resolver.FindPlaces("A strike in Hajin."));
        var outskirts = Assert.Single(resolver.FindPlaces("A strike on the outskirts of Hajin."));

        Assert.Equal(inside.Place, outskirts.Place);
        Assert.True(outskirts.Score < inside.Score);
    }

    [Fact]
    public void FindPlaces_TownWithDistrictWord_ReturnsDistrictPrecision()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000081, "Gulran", "", 35.1, 61.6, "AF", "11"));

        var mentions = resolver.FindPlaces("Gulran district, Herat");

        Assert.Equal("Gulran district", "Gulran district, Herat"[mentions[0].Start..mentions[0].End]);
        Assert.Equal(PlacePrecision.District, mentions[0].Place.Precision);
        Assert.Equal("Herat", mentions[0].Place.Admin1);
        Assert.Equal(PlacePrecision.Province, mentions[1].Place.Precision);
    }

    [Fact]
    public void FindPlaces_DistrictOutsideTheProvinceAfterTheComma_IsDroppedForTheProvince()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000085, "Sarbagh", "", 32.8, 67.8, "AF", "08", 5000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("Sarbagh district, Herat");

        var only = Assert.Single(mentions);
        Assert.Equal(PlacePrecision.Province, only.Place.Precision);
        Assert.Equal("Herat", only.Place.Name);
    }

    [Fact]
    public void FindPlaces_DistrictJustAcrossTheNamedProvincesBorder_IsKept()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000088, "Sarbagh", "", 34.6, 62.8, "AF", "02", 5000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("Sarbagh district, Herat");

        Assert.Equal(9000088, mentions[0].Place.GeonameId);
        Assert.Equal(PlacePrecision.District, mentions[0].Place.Precision);
    }

    [Fact]
    public void FindPlaces_EzafeVariantInANamedProvince_MatchesTheSeat()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000086, "Sangbar", "Pul-e Sabz", 31.8, 64.6, "AF", "10", 40000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("A sniper shot a policeman in Puli Sabz district, Helmand.");

        Assert.Equal(9000086, mentions[0].Place.GeonameId);
        Assert.Equal(PlacePrecision.District, mentions[0].Place.Precision);
        Assert.Equal("Puli Sabz district", "A sniper shot a policeman in Puli Sabz district, Helmand."[mentions[0].Start..mentions[0].End]);
    }

    [Fact]
    public void FindPlaces_EzafeVariantOutsideTheProvincesNamed_IsNotMatched()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000087, "Sangbar", "Pul-e Sabz", 31.8, 64.6, "AF", "10", 40000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("Fighting went on in Puli Sabz and in Herat province.");

        Assert.DoesNotContain(mentions, m => m.Place.GeonameId == 9000087);
    }

    [Fact]
    public void FindPlaces_DistrictNameWithOtherVowels_MatchesTheSeatInTheNamedProvince()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000089, "Dowlatkhan", "", 34.5, 65.8, "AF", "09", 3000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("Rebels attacked a post in Daulat Khan district, Ghor.");

        Assert.Equal(9000089, mentions[0].Place.GeonameId);
        Assert.Equal(PlacePrecision.District, mentions[0].Place.Precision);
    }

    [Theory]
    [InlineData("Rebels attacked a post in Daulat Khan district and in Herat.")]
    [InlineData("Rebels attacked a post in Daulat Khan village, Ghor.")]
    public void FindPlaces_OtherVowelsWithoutDistrictWordOrProvince_IsNotMatched(string text)
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000090, "Dowlatkhan", "", 34.5, 65.8, "AF", "09", 3000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces(text);

        Assert.DoesNotContain(mentions, m => m.Place.GeonameId == 9000090);
    }

    [Theory]
    [InlineData("Markaz-e Hukumat-e Sang Darah")]
    [InlineData("Woluswali-ye Sang Darah")]
    [InlineData("Sang Darah Wuluswali")]
    [InlineData("`Alaqahdari-ye Sang Darah")]
    public void FindPlaces_SeatNamedForItsOffice_MatchesItsBareName(string seatName)
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000093, seatName, "", 34.9, 71.1, "AF", "34", 2000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("Shells hit Sang Darah district, Kunar.");

        Assert.Equal(9000093, mentions[0].Place.GeonameId);
    }

    [Fact]
    public void FindPlaces_VillageWithTheDistrictsConsonants_IsNotMatched()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000095, "Dowlatkhan", "", 34.5, 65.8, "AF", "09", 3000));

        var mentions = resolver.FindPlaces("Rebels attacked a post in Daulat Khan district, Ghor.");

        Assert.DoesNotContain(mentions, m => m.Place.GeonameId == 9000095);
    }

    [Fact]
    public void FindPlaces_LowerCaseWordsBeforeADistrict_AreNoPartOfItsSkeleton()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000094, "Mirattackedqala", "", 34.5, 65.8, "AF", "09", 3000, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("Mir attacked Qala district, Ghor.");

        Assert.DoesNotContain(mentions, m => m.Place.GeonameId == 9000094);
    }

    [Fact]
    public void FindPlaces_AdminEntriesFromADump_GetDistrictAndProvincePrecision()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000091, "Nahiyat Zubda", "", 35, 40, "SY", "07", 0, "A", "ADM3"),
            GeoNamesRows.Entry(9000092, "Muhafazat Zubda", "", 35, 40, "SY", "07", 0, "A", "ADM1"));

        var mentions = resolver.FindPlaces("Nahiyat Zubda and Muhafazat Zubda");

        Assert.Equal([PlacePrecision.District, PlacePrecision.Province], mentions.Select(m => m.Place.Precision));
    }

    [Fact]
    public void FindPlaces_ConcurrentCalls_GiveTheSameResults()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000101, "Hajin", "", 34.69, 40.83, "SY", "07"));
        var texts = Enumerable.Range(0, 200).Select(i => new string(' ', i) + "Hajin, Syria").ToArray();

        var results = texts.AsParallel().Select(t => resolver.FindPlaces(t)).ToArray();

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(x.i, x.r[0].Start));
    }

    [Fact]
    public void FindPlaces_AfterACompoundNamePrefix_StillMatches()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000431, "Darayya", "", 33.46, 36.24, "SY", "08"));

        var mention = Assert.Single(resolver.FindPlaces("Shelling hit Markaz Darayya overnight."));

        Assert.Equal(9000431, mention.Place.GeonameId);
    }

    [Theory]
    [InlineData("Colonel Ryan Dillon said so.")]
    [InlineData("Prime Minister Theresa May said so.")]
    [InlineData("Officials at the White House said so.")]
    public void FindPlaces_PlaceNamesInsidePersonAndBuildingNames_AreNotMatched(string text)
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000401, "Dillon", "", 45, -112, "US", "MT", population: 4000),
            GeoNamesRows.Entry(9000402, "Theresa", "", 44, -88, "US", "WI", population: 1200),
            GeoNamesRows.Entry(9000403, "White House", "", 36, -86, "US", "TN", population: 10000));

        var mentions = resolver.FindPlaces(text);

        Assert.Empty(mentions);
    }

    [Fact]
    public void FindPlaces_DemonymBeforeTownWord_StaysACountryAndKeepsItsSpan()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000411, "Sayyan", "Syrian", 15.2, 44.3, "YE", "16"),
            GeoNamesRows.Entry(9000412, "Hajin", "", 34.69, 40.83, "SY", "07"));
        var text = "the eastern Syrian town of Hajin";

        var mentions = resolver.FindPlaces(text);

        Assert.Equal("SY", mentions[0].Place.Country);
        Assert.Equal(PlacePrecision.Country, mentions[0].Place.Precision);
        Assert.Equal("Syrian", text[mentions[0].Start..mentions[0].End]);
        Assert.Equal(9000412, mentions[1].Place.GeonameId);
    }

    [Fact]
    public void FindPlaces_DesignatorThatIsAlsoAPlaceName_BelongsToTheMentionBeforeIt()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000421, "Zubda", "", 35, 40, "SY", "07"),
            GeoNamesRows.Entry(9000422, "Province", "", 41, -71, "US", "RI", population: 5000));
        var text = "Zubda Province, Syria, was hit.";

        var mentions = resolver.FindPlaces(text);

        Assert.Equal("Zubda Province", text[mentions[0].Start..mentions[0].End]);
        Assert.Equal(9000421, mentions[0].Place.GeonameId);
        Assert.Equal(["SY", "SY"], mentions.Select(m => m.Place.Country));
    }

    [Theory]
    [InlineData("Raqqa's hospital was hit.", "Raqqa")]
    [InlineData("Near the Raqqa Dam, a strike.", "Raqqa")]
    [InlineData("Strikes on Maarat al-Numan.", "Maarat al-Numan")]
    public void FindPlaces_PossessiveLandmarkOrSunLetterArticle_StillFindsThePlace(string text, string expectedSpan)
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000441, "Ar Raqqah", "Raqqa", 35.95, 39.01, "SY", "04"),
            GeoNamesRows.Entry(9000442, "Ma`arrat an Nu`man", "", 35.64, 36.67, "SY", "12"));

        var mention = Assert.Single(resolver.FindPlaces(text));

        Assert.Equal(expectedSpan, text[mention.Start..mention.End]);
    }
    [Fact]
    public void FindPlaces_CommonWordsBeforeALowerCaseDesignator_AreNoName()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000301, "London", "The City", 51.5, -0.13, "GB", "ENG", 8000000, featureCode: "PPLC"));

        Assert.Empty(resolver.FindPlaces("The city's mayor said nobody had been killed or wounded."));
    }

    [Fact]
    public void FindPlaces_NameWithLongLowerCaseWord_IsNoName()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000302, "Nueva Esperanza", "Nueva esperanza", 4.1, -73.2, "CO", "19", 5000));

        Assert.Empty(resolver.FindPlaces("Nueva esperanza was the slogan of the march."));
        Assert.Single(resolver.FindPlaces("Troops entered Nueva Esperanza at dawn."));
    }

    [Fact]
    public void FindPlaces_FavelaOutsideTheStateInBrackets_IsDroppedForTheState()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000303, "Jacarezinho", "", -23.16, -49.97, "BR", "18", 40000));

        var mentions = resolver.FindPlaces("Police raided the Jacarezinho favela (Rio de Janeiro) at dawn.");

        var only = Assert.Single(mentions);
        Assert.Equal("Rio de Janeiro", only.Place.Name);
        Assert.Equal(PlacePrecision.Province, only.Place.Precision);
    }

    [Fact]
    public void FindPlaces_ProvincialSeatBeforeRegional_IsTheProvince()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000304, "Donetsk", "", 48.02, 37.8, "UA", "05", 900000, featureCode: "PPLA"));

        var regional = resolver.FindPlaces("The Donetsk regional administration said two women were killed.");
        var city = resolver.FindPlaces("Shelling hit the centre of Donetsk.");

        Assert.Equal(PlacePrecision.Province, Assert.Single(regional).Place.Precision);
        Assert.Equal(PlacePrecision.Town, Assert.Single(city).Place.Precision);
    }
    [Fact]
    public void FindPlaces_LastOfSeveralNamesInABracket_IsTheProvince()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000305, "Urumia", "Oromia", 37.55, 45.08, "IR", "01", 600000, featureCode: "PPLA"));

        var mentions = resolver.FindPlaces("Clashes broke out in Gimbi town (Gimbi, West Wellega, Oromia) on Monday.");

        var oromia = Assert.Single(mentions);
        Assert.Equal(PlacePrecision.Province, oromia.Place.Precision);
        Assert.Equal("ET", oromia.Place.Country);
    }

    [Fact]
    public void FindPlaces_NameBeforeLga_IsTheDistrict()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000306, "Mangu", "", 9.52, 9.1, "NG", "49", 20000));

        var mentions = resolver.FindPlaces("Gunmen attacked villages in Mangu LGA on Monday.");

        Assert.Equal(PlacePrecision.District, Assert.Single(mentions).Place.Precision);
    }
    [Fact]
    public void FindPlaces_NameFarFromTheTownInItsBracket_IsDropped()
    {
        var resolver = GeoNamesRows.Resolver(
            GeoNamesRows.Entry(9000307, "Altamira", "", 8.82, -70.5, "VE", "05", 20000),
            GeoNamesRows.Entry(9000308, "Chacao", "", 10.5, -66.85, "VE", "25", 64609, featureCode: "PPLA2"));

        var mentions = resolver.FindPlaces("A guard fired at protesters in Altamira (Chacao, Caracas), killing a 17-year-old.");

        Assert.DoesNotContain(mentions, m => m.Place.GeonameId == 9000307);
        Assert.Contains(mentions, m => m.Place.GeonameId == 9000308);
    }
    [Fact]
    public void FindPlaces_TownInAProvinceAfterIn_IsTheProvincesNamesake()
    {
        var resolver = TwoBijapurs();

        var mentions = resolver.FindPlaces("Maoists blew up a vehicle on a road near Bijapur town in Chhattisgarh on Monday.");

        Assert.Equal(9000310, mentions[0].Place.GeonameId);
    }
    [Fact]
    public void FindPlaces_TownBeforeABracketOfDistrictAndProvince_IsTheProvincesNamesake()
    {
        var resolver = TwoBijapurs();

        var mentions = resolver.FindPlaces("On 2 May, police killed four cadres in an encounter near Bijapur (Bijapur, Chhattisgarh).");

        Assert.Equal(9000310, mentions[0].Place.GeonameId);
    }
    [Fact]
    public void FindPlaces_NameSaidTwice_DoesNotVouchForItself()
    {
        var resolver = TwoBijapurs();

        var mentions = resolver.FindPlaces("Maoists ambushed a patrol outside Bijapur on Monday. Police in Bijapur, Chhattisgarh, said two died.");

        Assert.All(mentions.Where(m => m.Place.Name == "Bijapur"), m => Assert.Equal(9000310, m.Place.GeonameId));
    }
    [Fact]
    public void FindPlaces_DemonymAfterAComma_EnclosesNothing()
    {
        var resolver = GeoNamesRows.Resolver(GeoNamesRows.Entry(9000311, "Chornobaivka", "", 46.7, 32.55, "UA", "08", 9000));

        var mentions = resolver.FindPlaces("In Chornobaivka, Russian shelling killed a man in his garden.");

        Assert.Contains(mentions, m => m.Place.GeonameId == 9000311);
    }

    // Karnataka's Bijapur, a district seat of 327,000, and Chhattisgarh's, a town of 26,000.
    private static GazetteerResolver TwoBijapurs() => GeoNamesRows.Resolver(
        GeoNamesRows.Entry(9000309, "Bijapur", "", 16.83, 75.71, "IN", "19", 327000, featureCode: "PPLA2"),
        GeoNamesRows.Entry(9000310, "Bijapur", "", 18.79, 80.82, "IN", "37", 26000));
}
