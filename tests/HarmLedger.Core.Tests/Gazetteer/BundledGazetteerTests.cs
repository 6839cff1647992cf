using HarmLedger.Gazetteer;
using HarmLedger.Model;

namespace HarmLedger.Tests.Gazetteer;

public sealed class BundledGazetteerTests(BundledResolverFixture fixture) : IClassFixture<BundledResolverFixture>
{
    private readonly GazetteerResolver _resolver = fixture.Resolver;

    [Theory]
    [InlineData("Al Mayādīn")]
    [InlineData("Mayadin")]
    [InlineData("Mayadeen")]
    [InlineData("al-Mayadin")]
    [InlineData("الميادين")]
    public void FindPlaces_SpellingsOfMayadin_ResolveToGeoNames173480(string spelling)
    {
        var text = $"Coalition aircraft struck {spelling} on Monday.";

        var mention = Assert.Single(_resolver.FindPlaces(text));

        Assert.Equal(173480, mention.Place.GeonameId);
        Assert.Equal("Al Mayadin", mention.Place.Name);
        Assert.Equal("Deir ez-Zor", mention.Place.Admin1);
        Assert.Equal(PlacePrecision.Town, mention.Place.Precision);
        Assert.Equal(spelling, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("Gaza City", 281133)]
    [InlineData("Khan Younis", 281124)]
    [InlineData("Khan Yunis", 281124)]
    [InlineData("Rafah", 281102)]
    [InlineData("Jabalia", 281129)]
    [InlineData("Jabalya", 281129)]
    [InlineData("Deir al-Balah", 281141)]
    [InlineData("Beit Lahia", 281145)]
    [InlineData("Beit Hanoun", 281146)]
    [InlineData("Nuseirat", 281109)]
    [InlineData("Bureij", 281161)]
    [InlineData("Bani Suhaila", 281148)]
    [InlineData("Abasan", 281165)]
    public void FindPlaces_GazaTowns_ResolveToTheGazaStrip(string name, long geonameId)
    {
        var mentions = _resolver.FindPlaces($"An Israeli strike hit {name} in the Gaza Strip.");

        var town = Assert.Single(mentions, m => m.Place.Precision == PlacePrecision.Town);
        Assert.Equal(geonameId, town.Place.GeonameId);
        Assert.Equal("PS", town.Place.Country);
        Assert.Equal("Gaza Strip", town.Place.Admin1);
    }

    [Theory]
    [InlineData("Militants killed 7 farmers near Gajiram (Nganzai, Borno).", "Borno", "NG")]
    [InlineData("Gunmen killed 3 people in Djibo (Soum, Sahel).", "Djibo", "BF")]
    [InlineData("Gunmen killed 3 people in Kaya (Sanmatenga, Centre-Nord).", "Kaya", "BF")]
    [InlineData("Militants killed 2 soldiers in Mora (Mayo-Sava, Extreme-Nord).", "Mora", "CM")]
    public void FindPlaces_TownWithItsUnitsInBrackets_ResolvesInThatCountry(string text, string name, string country)
    {
        var mentions = _resolver.FindPlaces(text);

        var place = Assert.Single(mentions, m => m.Place.Name == name).Place;
        Assert.Equal(country, place.Country);
    }

    [Theory]
    [InlineData("Suhaila Abu Saada was killed with her children.")]
    [InlineData("Umm Safi and her son were killed.")]
    public void FindPlaces_NameAfterAKunya_IsNoPlace(string text)
    {
        Assert.Empty(_resolver.FindPlaces(text));
    }

    [Theory]
    [InlineData("Maghazi")]
    [InlineData("Beach camp")]
    [InlineData("al-Shati camp")]
    public void FindPlaces_GazaCampsMissingFromCities1000_ResolveFromTheSupplement(string name)
    {
        var mention = Assert.Single(_resolver.FindPlaces($"Residents of {name} said the strike came at night."));

        Assert.Equal("PS", mention.Place.Country);
        Assert.Null(mention.Place.GeonameId);
        Assert.InRange(mention.Place.Lat, 31.2, 31.6);
    }

    [Fact]
    public void FindPlaces_AcledStyleAfghanLocations_ResolveInTheirProvince()
    {
        var text = "Kabul city. Dawlat Abad district, Balkh.";

        var mentions = _resolver.FindPlaces(text);

        Assert.Equal(1138958, mentions[0].Place.GeonameId);
        Assert.Equal(1142776, mentions[1].Place.GeonameId);
        Assert.Equal(PlacePrecision.District, mentions[1].Place.Precision);
        Assert.Equal("Balkh", mentions[1].Place.Admin1);
        Assert.Equal(PlacePrecision.Province, mentions[2].Place.Precision);
    }

    [Theory]
    [InlineData("Gulran district, Herat")]
    [InlineData("Gulran district (Herat)")]
    public void FindPlaces_ProvinceAfterDistrictWord_IsTheProvince(string text)
    {
        var mentions = _resolver.FindPlaces(text);

        var herat = Assert.Single(mentions);
        Assert.Equal(PlacePrecision.Province, herat.Place.Precision);
        Assert.Equal("Herat", herat.Place.Admin1);
    }

    [Fact]
    public void FindPlaces_RefugeeCamp_SpanCoversBothDesignatorWords()
    {
        var text = "A strike on Nuseirat refugee camp killed 12.";

        var mention = Assert.Single(_resolver.FindPlaces(text));

        Assert.Equal("Nuseirat refugee camp", text[mention.Start..mention.End]);
        Assert.Equal(281109, mention.Place.GeonameId);
    }

    [Theory]
    [InlineData("Idlib province")]
    [InlineData("the province of Idlib")]
    [InlineData("Idlib governorate")]
    public void FindPlaces_ProvinceWording_ReturnsProvincePrecision(string phrase)
    {
        var mention = Assert.Single(_resolver.FindPlaces($"Raids continued in {phrase}."));

        Assert.Equal(PlacePrecision.Province, mention.Place.Precision);
        Assert.Equal("Idlib", mention.Place.Admin1);
        Assert.Equal("SY", mention.Place.Country);
    }

    [Theory]
    [InlineData("Syria", "SY")]
    [InlineData("Syrian", "SY")]
    [InlineData("Afghan", "AF")]
    [InlineData("Palestinian territories", "PS")]
    [InlineData("Gaza Strip", "PS")]
    public void FindPlaces_CountryNamesAndDemonyms_ReturnCountryPrecision(string name, string code)
    {
        var mention = Assert.Single(_resolver.FindPlaces($"The {name} authorities said so."));

        Assert.Equal(PlacePrecision.Country, mention.Place.Precision);
        Assert.Equal(code, mention.Place.Country);
    }

    [Fact]
    public void FindPlaces_SameNameInTwoCountries_FollowsTheEnclosingCountry()
    {
        var mentions = _resolver.FindPlaces("Tripoli, Lebanon and Tripoli, Libya");

        Assert.Equal("LB", mentions[0].Place.Country);
        Assert.Equal("LY", mentions[2].Place.Country);
    }

    [Fact]
    public void FindPlaces_EnglishProseWithoutPlaces_FindsNothing()
    {
        var text = "Many Police officers said Dozens of Young people died in March. Best Home Of the Year. Monday was calm.";

        var mentions = _resolver.FindPlaces(text);

        Assert.Empty(mentions);
    }

    [Fact]
    public void ReadAdmin1Divisions_DeirEzZor_IsSyria07()
    {
        var divisions = BundledGazetteer.ReadAdmin1Divisions();

        var deirEzZor = Assert.Single(divisions, d => d.Country == "SY" && d.Code == "07");
        Assert.Equal("Deir ez-Zor", deirEzZor.Name);
        Assert.Contains("دير الزور", deirEzZor.AlternateNames);
    }

    [Fact]
    public void LoadBundled_ExtraEntries_AreFoundAndReplaceBundledIds()
    {
        var extra = new[]
        {
            GeoNamesRows.Entry(9000201, "Qaryat Zubda", "", 35.1, 40.5, "SY", "07"),
            GeoNamesRows.Entry(173480, "Al Mayadin", "Mayadin,Madinat al-Mayadin", 35.5, 40.5, "SY", "07", population: 60000, featureCode: "PPLA2"),
        };

        var resolver = GazetteerResolver.LoadBundled(extra);
        var mentions = resolver.FindPlaces("Qaryat Zubda and Madinat al-Mayadin");

        Assert.Equal(9000201, mentions[0].Place.GeonameId);
        Assert.Equal(173480, mentions[1].Place.GeonameId);
        Assert.Equal(35.5, mentions[1].Place.Lat);
    }

    [Theory]
    [InlineData("Russian warplanes struck Maarat An Numan on Friday.")]
    [InlineData("Russian warplanes struck Maarat al-Numan on Friday.")]
    public void FindPlaces_CapitalisedArticleInsideAName_IsTheArticle(string text)
    {
        var mention = Assert.Single(_resolver.FindPlaces(text), m => text[m.Start..m.End].Contains("Numan", StringComparison.Ordinal));

        Assert.Equal(167611, mention.Place.GeonameId);
    }

    [Fact]
    public void FindPlaces_NameBeforeAPatronymic_IsAPersons()
    {
        var text = "A strike on the Hisham bin Abdulmalik area of Raqqa killed two civilians.";

        Assert.DoesNotContain(_resolver.FindPlaces(text), m => text[m.Start..m.End].StartsWith("Hisham", StringComparison.Ordinal));
    }

    [Fact]
    public void FindPlaces_OwnNameAgainstAnEquallyLargeNamesakesOldName_PrefersTheOwnName()
    {
        var mention = Assert.Single(_resolver.FindPlaces("A magnetic bomb exploded in Jalalabad on Sunday."));

        Assert.Equal(1139715, mention.Place.GeonameId);
    }

    [Fact]
    public void FindPlaces_OwnNameAgainstALargerSeatsVariantSpelling_PrefersTheOwnName()
    {
        // Talas (Kayseri), a district seat of 37,000, lists "Tafas" among its spellings; Tafas (Daraa) has 31,000.
        var mention = Assert.Single(_resolver.FindPlaces("A man was shot dead in Tafas on Sunday."));

        Assert.Equal(163806, mention.Place.GeonameId);
    }

    [Theory]
    [InlineData("Gangs killed 184 people in Haiti.", "HT")]
    [InlineData("Gunmen killed 12 villagers in Uganda.", "UG")]
    [InlineData("Clashes in Côte d'Ivoire left two dead.", "CI")]
    [InlineData("Troops were sent to Congo-Brazzaville.", "CG")]
    public void FindPlaces_CountryBeyondTheConflictZones_IsTheCountry(string text, string country)
    {
        var mention = Assert.Single(_resolver.FindPlaces(text));

        Assert.Equal(country, mention.Place.Country);
        Assert.Equal(PlacePrecision.Country, mention.Place.Precision);
    }

    [Fact]
    public void FindPlaces_BintJbeilAsReportsSpellIt_IsTheLebaneseTown()
    {
        var mention = Assert.Single(_resolver.FindPlaces("A drone struck a car on the edge of Bint Jbeil on Tuesday."));

        Assert.Equal(276592, mention.Place.GeonameId);
    }

    [Theory]
    [InlineData("The youngest, Layan, was listed as five months old.")]
    [InlineData("Relatives named Amal and her sister Lubna among the dead.")]
    public void FindPlaces_WomensGivenNames_AreNoPlaces(string text)
    {
        Assert.Empty(_resolver.FindPlaces(text));
    }

    [Theory]
    [InlineData("Lusa - Insurgents killed four civilians on Wednesday.")]
    [InlineData("Xinhua - A blast killed two people on Monday.")]
    [InlineData("SOHR: A car bomb killed five civilians on Saturday.")]
    public void FindPlaces_NewsAgencyOrMonitorOpeningAReport_IsNoPlace(string text)
    {
        Assert.Empty(_resolver.FindPlaces(text));
    }

    [Fact]
    public void FindPlaces_NigeriasPlateauState_IsNotBeninsPlateau()
    {
        var mentions = _resolver.FindPlaces("Gunmen killed forty-one people around Mangu town in Plateau state.");

        Assert.All(mentions, m => Assert.Equal("NG", m.Place.Country));
        Assert.Contains(mentions, m => m.Place.Precision == PlacePrecision.Town);
    }

    [Theory]
    [InlineData("Shelling hit a village in Kursk Oblast.", "RU")]
    [InlineData("Gunmen attacked a farm in Valle del Cauca.", "CO")]
    [InlineData("Clashes were reported in Sistan and Baluchestan.", "IR")]
    [InlineData("ADF rebels attacked villages in Ituri.", "CD")]
    public void FindPlaces_ProvinceOfACountryBeyondTheHandWrittenTable_IsThatProvince(string text, string country)
    {
        var mention = Assert.Single(_resolver.FindPlaces(text));

        Assert.Equal(country, mention.Place.Country);
        Assert.Equal(PlacePrecision.Province, mention.Place.Precision);
    }

    [Theory]
    [InlineData("Militants attacked a post in Titao (Loroum, Nord).", "Titao", "BF")]
    [InlineData("An airstrike hit a farm in Al Jawf.", "Al Jawf", "YE")]
    public void FindPlaces_NameAnotherCountryGivesAProvince_KeepsTheHandWrittenReading(string text, string name, string country)
    {
        var mention = Assert.Single(_resolver.FindPlaces(text), m => text[m.Start..m.End] == name);

        Assert.Equal(country, mention.Place.Country);
    }

    [Theory]
    [InlineData("Soldiers clashed with militants near Niono (Niono, Segou).", "Niono", "ML")]
    [InlineData("Gunmen attacked two hamlets close to Bankass in central Mali.", "Bankass", "ML")]
    [InlineData("Insurgents beheaded five civilians near Macomia, Cabo Delgado.", "Macomia", "MZ")]
    public void FindPlaces_TownTheSnapshotLacksWhereItsCountryIsNamed_IsFound(string text, string name, string country)
    {
        var mentions = _resolver.FindPlaces(text).Where(m => text[m.Start..m.End] == name).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal((country, PlacePrecision.Town), (m.Place.Country, m.Place.Precision)));
    }

    [Fact]
    public void FindPlaces_LocalityNamedLikeAPersonWhereNoOneNamesItsCountry_IsNoPlace()
    {
        // "Hamoud" is a Mauritanian locality in GeoNames' current list, and a man's name in a report from Yemen.
        var text = "An airstrike hit a house in Hajjah, killing Ali and his son Hamoud.";

        Assert.DoesNotContain(_resolver.FindPlaces(text), m => text[m.Start..m.End] == "Hamoud");
    }

    [Fact]
    public void FindPlaces_TownOfAMergedProvinceUnderItsNewProvince_IsKept()
    {
        var text = "TTP militants attacked a checkpost near Miranshah (North Waziristan, Khyber Pakhtunkhwa).";

        Assert.Contains(_resolver.FindPlaces(text), m => m.Place.GeonameId == 1170367);
    }

    [Fact]
    public void FindPlaces_CongoAlone_IsTheDemocraticRepublic()
    {
        var mention = Assert.Single(_resolver.FindPlaces("Rebels killed 11 civilians in eastern Congo."));

        Assert.Equal("CD", mention.Place.Country);
        Assert.Equal(PlacePrecision.Country, mention.Place.Precision);
    }

    [Theory]
    [InlineData("Dnipro", 709930)]
    [InlineData("Dnipropetrovsk", 709930)]
    [InlineData("Pokrovsk", 704422)]
    [InlineData("Toretsk", 709354)]
    [InlineData("Kropyvnytskyi", 705812)]
    [InlineData("Bakhmut", 713174)]
    public void FindPlaces_UkrainianCityByItsName_SinceOrBefore2016_IsTheSameCity(string name, long geonameId)
    {
        var mention = Assert.Single(_resolver.FindPlaces($"A missile struck an apartment building in {name}, Ukraine, overnight."),
                                    m => m.Place.Precision == PlacePrecision.Town);

        Assert.Equal(geonameId, mention.Place.GeonameId);
        Assert.Equal("UA", mention.Place.Country);
    }
}
