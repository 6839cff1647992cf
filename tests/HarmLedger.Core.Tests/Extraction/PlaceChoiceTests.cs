using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class PlaceChoiceTests
{
    private static readonly Place Town = new("Mayadin", "Deir ez-Zor", "SY", 35.02, 40.45, PlacePrecision.Town, 169113);
    private static readonly Place Province = new("Deir ez-Zor", null, "SY", 35.3, 40.1, PlacePrecision.Province, 170792);
    private static readonly Place Country = new("Syria", null, "SY", 35.0, 38.0, PlacePrecision.Country, 163843);

    // A Tanzanian region that is also the name of a quarter of Omdurman.
    private static readonly Place DarEsSalaam = new("Dar es Salaam", null, "TZ", -6.8, 39.3, PlacePrecision.Province, 160260);
    private static readonly Place Omdurman = new("Omdurman", "Khartoum", "SD", 15.6, 32.5, PlacePrecision.Town, 365137);
    private static readonly Place Khartoum = new("Khartoum", null, "SD", 15.5, 32.5, PlacePrecision.Province, 379253);

    [Fact]
    public void Extract_TownAndProvinceInSentence_ChoosesTheTown()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(Town, Province, Country), ExtractionOptions.Default);

        var claims = extractor.Extract("In Syria, a strike killed 4 civilians near Mayadin in Deir ez-Zor province.", null, null).Claims;

        Assert.Equal(Town, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_PlaceOnlyInEarlierSentence_UsesTheParagraph()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(Town), ExtractionOptions.Default);

        var claims = extractor.Extract("Jets struck Mayadin at dawn. The strike killed 4 civilians.", null, null).Claims;

        Assert.Equal(Town, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_LaterIncidentsPlace_IsNotAnEarlierOnesFallback()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(Town), ExtractionOptions.Default);

        var claims = extractor.Extract("A strike killed 4 civilians at a market. In a separate attack, shelling killed 2 children in Mayadin.", null, null).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Null(claims[0].Place);
        Assert.Equal(Town, claims[1].Place);
    }

    [Fact]
    public void Extract_EarlierIncidentsPlace_IsALaterOnesFallback()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(Town), ExtractionOptions.Default);

        var claims = extractor.Extract("In Mayadin, a strike killed 4 civilians. In a separate attack, shelling killed 2 children.", null, null).Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(Town, c.Place));
    }

    [Fact]
    public void Extract_BelligerentWordMatchedAsTown_IsNotThePlace()
    {
        var taliban = new Place("Taliban", null, "AF", 34.0, 69.0, PlacePrecision.Town, 1);
        var district = new Place("Sherzad", "Nangarhar", "AF", 34.2, 70.0, PlacePrecision.District, 2);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(taliban, district), ExtractionOptions.Default);

        var claims = extractor.Extract("2 soldiers were killed by a Taliban sniper in Sherzad district.", null, null).Claims;

        Assert.Equal(district, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_TownInAnotherCountry_LosesToThePlacesTheTextIsAbout()
    {
        var foreign = new Place("Tora", null, "ES", 41.9, 1.4, PlacePrecision.Town, 3);
        var district = new Place("Arghistan", "Kandahar", "AF", 31.4, 66.2, PlacePrecision.District, 4);
        var province = new Place("Kandahar", null, "AF", 31.6, 65.7, PlacePrecision.Province, 5);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(foreign, district, province), ExtractionOptions.Default);

        var claims = extractor.Extract("A bomb killed 2 soldiers in Tora of Arghistan district, Kandahar.", null, null).Claims;

        Assert.Equal(district, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_ForeignTownAndOnlyAHomeProvince_ChoosesTheProvince()
    {
        var foreign = new Place("Tarva", null, "EE", 59.2, 25.9, PlacePrecision.Town, 6);
        var province = new Place("Farah", null, "AF", 32.4, 62.1, PlacePrecision.Province, 7);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(foreign, province), ExtractionOptions.Default);

        var claims = extractor.Extract("A sniper killed 1 policeman in Tarva of Qalat-e Nur district, Farah.", null, null).Claims;

        Assert.Equal(province, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_DemonymAfterOf_LosesToTheProvince()
    {
        var country = new Place("Afghanistan", null, "AF", 33.9, 67.7, PlacePrecision.Country, null);
        var province = new Place("Kunduz", null, "AF", 36.7, 68.9, PlacePrecision.Province, 8);
        var resolver = new FakePlaceResolver(province, country with { Name = "Afghan" });
        var extractor = new RuleBasedExtractor(resolver, ExtractionOptions.Default);

        var claims = extractor.Extract("A number of Afghan security personnel were killed in Gultepa district, Kunduz.", null, null).Claims;

        Assert.Equal(province, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_TownAbroadInTheClaimSentence_YieldsToATownAtHomeInTheParagraph()
    {
        var home = new Place("Beit Lahia", "Gaza Strip", "PS", 31.55, 34.5, PlacePrecision.Town, 9);
        var country = new Place("Gaza Strip", null, "PS", 31.4, 34.4, PlacePrecision.Country, null);
        var abroad = new Place("Shamah", null, "GH", 5.0, -1.6, PlacePrecision.Town, 10);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(home, country, abroad), ExtractionOptions.Default);

        var claims = extractor.Extract("Jets struck Beit Lahia in the Gaza Strip at dawn. The strike killed 4 civilians, among them Shamah Odeh.", null, null).Claims;

        Assert.Equal(home, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_TownAbroadInTheClaimSentence_KeepsItOverACountryFurtherOff()
    {
        var town = new Place("Rafah", "Gaza Strip", "PS", 31.29, 34.25, PlacePrecision.Town, 11);
        var country = new Place("Kuwait", null, "KW", 29.3, 47.5, PlacePrecision.Country, null);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(town, country), ExtractionOptions.Default);

        var claims = extractor.Extract("Aid from Kuwait and Kuwait's charities arrived. A projectile hit a house in Rafah, killing 1 civilian.", null, null).Claims;

        Assert.Equal(town, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_TownAbroadBesideTheGuessedCountryOnly_KeepsTheTown()
    {
        var town = new Place("Rafah", "Gaza Strip", "PS", 31.29, 34.25, PlacePrecision.Town, 12);
        var country = new Place("Kuwait", null, "KW", 29.3, 47.5, PlacePrecision.Country, null);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(town, country), ExtractionOptions.Default);

        var claims = extractor.Extract("Kuwait condemned it: a shell hit a house in Rafah, killing 1 civilian, Kuwait said.", null, null).Claims;

        Assert.Equal(town, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_NoPlaceFound_IsNull()
    {
        var claims = Extract.Claims("The strike killed 4 civilians.");

        Assert.Null(Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_QuarterNamedLikeAPlaceAbroad_YieldsToTheTownItIsIn()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(DarEsSalaam, Omdurman, Khartoum), ExtractionOptions.Default);

        var claims = extractor.Extract("An airstrike hit the Dar es Salaam neighbourhood in Omdurman (Um Badda, Khartoum), killing 22 civilians.", null, null).Claims;

        Assert.Equal(Omdurman, Assert.Single(claims).Place);
    }

    [Fact]
    public void TextCountry_ProvincesTied_TownsBreakTheTie()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(DarEsSalaam, Omdurman, Khartoum), ExtractionOptions.Default);

        var claims = extractor.Extract("Dar es Salaam was quiet. A drone strike in Omdurman (Khartoum) killed 5 people.", null, null).Claims;

        Assert.Equal("SD", Assert.Single(claims).Place?.Country);
    }

    [Fact]
    public void Extract_DatelineAndAnotherTown_ChoosesTheOtherTown()
    {
        var dateline = new Place("BEIRUT", null, "LB", 33.9, 35.5, PlacePrecision.Town, 276781);
        var town = new Place("Nabatieh", null, "LB", 33.4, 35.5, PlacePrecision.Town, 268064);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(dateline, town), ExtractionOptions.Default);

        var claims = extractor.Extract("BEIRUT (AP) — An airstrike on a building in the city of Nabatieh killed seven people.", null, null).Claims;

        Assert.Equal(town, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_RecordHeadedByACityAndATownMatchedAbroad_KeepsTheCitysCountry()
    {
        var baghdad = new Place("Baghdad", "Baghdad", "IQ", 33.34, 44.40, PlacePrecision.Town, 98182);
        var dora = new Place("Dora", "Alabama", "US", 33.73, -87.09, PlacePrecision.Town, 4058553);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(baghdad, dora), ExtractionOptions.Default);

        var claims = extractor.Extract("Baghdad: 3 killed by roadside bomb in Dora. Date: 13 Sep 2006.", null, null).Claims;

        Assert.Equal(baghdad, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_DatelineAndAProvince_KeepsTheDateline()
    {
        var dateline = new Place("SAMARRA", null, "IQ", 34.2, 43.9, PlacePrecision.Town, 98463);
        var province = new Place("Salahuddin", null, "IQ", 34.5, 43.5, PlacePrecision.Province, 91695);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(dateline, province), ExtractionOptions.Default);

        var claims = extractor.Extract("SAMARRA (Salahuddin) — A US air strike on a house in Salahuddin killed 9 people.", null, null).Claims;

        Assert.Equal(dateline, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_QuarterNamedLikeAFarTown_YieldsToTheCity()
    {
        var city = new Place("Deir ez-Zor", null, "SY", 35.34, 40.14, PlacePrecision.Province, 170792);
        var namesake = new Place("al-Hamidiya", "Tartus", "SY", 34.71, 35.94, PlacePrecision.Town, 173842);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(city, namesake), ExtractionOptions.Default);

        var claims = extractor.Extract("Airstrikes hit Deir ez-Zor city. Eight members of one family were killed in the al-Hamidiya neighbourhood.", null, null).Claims;

        Assert.Equal(city, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_DemonymBeforeTheVictims_IsNoPlace()
    {
        var chad = new Place("Chad", null, "TD", 15.5, 18.7, PlacePrecision.Country, 2434508);
        var kidal = new Place("Kidal", "Kidal Region", "ML", 18.44, 1.41, PlacePrecision.Town, 2455290);
        var resolver = new FakePlaceResolver(kidal, chad with { Name = "Chadian" });
        var extractor = new RuleBasedExtractor(resolver, ExtractionOptions.Default);

        var claims = extractor.Extract("An IED exploded near Kidal. 1 Chadian peacekeeper was killed.", null, null).Claims;

        Assert.Equal(kidal, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_NameBeforeABuildingsNoun_YieldsToTheTownItIsIn()
    {
        var thawra = new Place("al-Thawra", "Raqqa", "SY", 35.84, 38.55, PlacePrecision.Town, 172515);
        var hodeidah = new Place("Hodeidah", "Al Hudaydah", "YE", 14.80, 42.95, PlacePrecision.Town, 79415);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(thawra, hodeidah), ExtractionOptions.Default);

        var claims = extractor.Extract("Strikes hit the entrance of al-Thawra hospital and a fish market in Hodeidah, killing 55 people.", null, null).Claims;

        Assert.Equal(hodeidah, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_DatelineAndAMatchAbroad_KeepsTheDatelinesCountry()
    {
        var peshawar = new Place("PESHAWAR", "Khyber Pakhtunkhwa", "PK", 34.01, 71.58, PlacePrecision.Town, 1168197);
        var haar = new Place("Khar", "Bavaria", "DE", 48.1, 11.73, PlacePrecision.Town, 2911271);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(peshawar, haar), ExtractionOptions.Default);

        var claims = extractor.Extract("PESHAWAR (Reuters) - A suicide bomber blew himself up at a rally in Khar, killing 44 people.", null, null).Claims;

        Assert.Equal(peshawar, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_BureauDatelineAbroad_YieldsToTheProvinceTheStoryNames()
    {
        var bangkok = new Place("BANGKOK", "Bangkok", "TH", 13.75, 100.5, PlacePrecision.Town, 1609350);
        var sagaing = new Place("Sagaing region", null, "MM", 22.0, 95.5, PlacePrecision.Province, 1298480);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(bangkok, sagaing), ExtractionOptions.Default);

        var claims = extractor.Extract("BANGKOK (AP) - Helicopters fired rockets at a school in the Sagaing region, killing at least 13 people.", null, null).Claims;

        Assert.Equal(sagaing, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_BureauDatelineAbroad_YieldsToATownTheStoryTellsOf()
    {
        var nairobi = new Place("NAIROBI", "Nairobi Area", "KE", -1.28, 36.82, PlacePrecision.Town, 184745);
        var mekele = new Place("Mekele", "Tigray", "ET", 13.5, 39.48, PlacePrecision.Town, 331180);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(nairobi, mekele), ExtractionOptions.Default);

        var claims = extractor.Extract("NAIROBI (Reuters) - An air strike on the regional capital Mekele on Friday killed at least four people.", null, null).Claims;

        Assert.Equal(mekele, Assert.Single(claims).Place);
    }

    [Theory]
    [InlineData("Bombs struck a hypermarket in Kharkiv, killing 19 civilians. Among the dead was Sofia, a 12-year-old girl.")]
    [InlineData("Bombs struck a hypermarket in Kharkiv, killing 19 civilians. Among the dead were Sofia, 12, and her father.")]
    [InlineData("Bombs struck a hypermarket in Kharkiv, killing 19 civilians. Among the dead were Sofia (12) and her father.")]
    public void Extract_NameWithAnAgeAfterIt_IsAPersonNotAPlace(string text)
    {
        var kharkiv = new Place("Kharkiv", "Kharkiv Oblast", "UA", 49.98, 36.25, PlacePrecision.Town, 706483);
        var sofia = new Place("Sofia", "Sofia-Capital", "BG", 42.70, 23.32, PlacePrecision.Town, 727011);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(kharkiv, sofia), ExtractionOptions.Default);

        var claims = extractor.Extract(text, null, null).Claims;

        Assert.Equal(kharkiv, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_GroupsNameBeforeItsArmedMen_IsNoPlace()
    {
        var jiribam = new Place("Jiribam", "Manipur", "IN", 24.8, 93.11, PlacePrecision.Town, 1269000);
        var kuki = new Place("Kuki", "Saitama", "JP", 36.06, 139.67, PlacePrecision.Town, 1857000);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(kuki, jiribam), ExtractionOptions.Default);

        var claims = extractor.Extract("Suspected Kuki militants killed 6 people at a relief camp, Jiribam police said.", null, null).Claims;

        Assert.Equal(jiribam, Assert.Single(claims).Place);
    }
    [Fact]
    public void Extract_ProvinceInClaimsSentence_YieldsToATownInsideItNamedBefore()
    {
        var kramatorsk = new Place("Kramatorsk", "Donetsk Oblast", "UA", 48.72, 37.56, PlacePrecision.Town, 704508);
        var oblast = new Place("Donetsk Oblast", "Donetsk Oblast", "UA", 48.02, 37.8, PlacePrecision.Province, 709716);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(kramatorsk, oblast), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "Rocket fire hit the market of Kramatorsk on Wednesday. The Donetsk Oblast administration said two women were killed.", null, null).Claims;

        Assert.Equal(kramatorsk, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_ProvinceInClaimsSentence_KeepsItOverATownOutsideIt()
    {
        var lviv = new Place("Lviv", "Lviv Oblast", "UA", 49.84, 24.03, PlacePrecision.Town, 702550);
        var oblast = new Place("Donetsk Oblast", "Donetsk Oblast", "UA", 48.02, 37.8, PlacePrecision.Province, 709716);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(lviv, oblast), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "The minister spoke in Lviv on Wednesday. The Donetsk Oblast administration said two women were killed.", null, null).Claims;

        Assert.Equal(oblast, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_DatelineOutsideTheProvinceNamed_YieldsToTheProvincesTown()
    {
        var capital = new Place("N'DJAMENA", "Chari-Baguirmi", "TD", 12.1, 15.04, PlacePrecision.Town, 2427123);
        var lac = new Place("Lac", "Lac", "TD", 13.46, 14.71, PlacePrecision.Province, 2429324);
        var bol = new Place("Bol", "Lac", "TD", 13.46, 14.71, PlacePrecision.Town, 2434910);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(capital, lac, bol), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "N'DJAMENA (AFP) - Nearly 100 soldiers were killed when jihadists attacked their base in Lac province. The base lies near Bol.", null, null).Claims;

        Assert.Equal(bol, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_WhereTheWoundedWereTaken_IsNotThePlace()
    {
        var diyarbakir = new Place("Diyarbakir", "Diyarbakir", "TR", 37.91, 40.22, PlacePrecision.Town, 316541);
        var sirnak = new Place("Sirnak", "Sirnak", "TR", 37.52, 42.46, PlacePrecision.Town, 300640);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(diyarbakir, sirnak), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "Three soldiers were flown to hospital in Diyarbakir after a roadside bomb exploded near Sirnak, killing two.", null, null).Claims;

        Assert.Equal(sirnak, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_TownsNameOnARoad_IsNotThePlace()
    {
        var peshawar = new Place("PESHAWAR", "Khyber Pakhtunkhwa", "PK", 34.01, 71.58, PlacePrecision.Town, 1168197);
        var kohat = new Place("Kohat", "Khyber Pakhtunkhwa", "PK", 33.58, 71.44, PlacePrecision.Town, 1182787);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(peshawar, kohat), ExtractionOptions.Default);

        var claims = extractor.Extract("PESHAWAR: A bomb exploded near a police post on Kohat Road, killing three.", null, null).Claims;

        Assert.Equal(peshawar, Assert.Single(claims).Place);
    }
    [Fact]
    public void Extract_WoundedTakenToATownInTheClaimsSentence_YieldToTheTownToldBefore()
    {
        var diyarbakir = new Place("Diyarbakir", "Diyarbakir", "TR", 37.91, 40.22, PlacePrecision.Town, 316541);
        var sirnak = new Place("Sirnak", "Sirnak", "TR", 37.52, 42.46, PlacePrecision.Town, 300640);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(diyarbakir, sirnak), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "A roadside bomb exploded near Sirnak on Sunday evening. Four soldiers were wounded and were flown to hospital in Diyarbakir.", null, null).Claims;

        Assert.Equal(sirnak, Assert.Single(claims).Place);
    }

    [Fact]
    public void Extract_AgencyInTheDatelinesBracket_IsNoPlace()
    {
        var jazirah = new Place("Al Jazeera", "Al Jazirah", "SD", 14.4, 33.52, PlacePrecision.Town, 408646);
        var nuseirat = new Place("Nuseirat", "Gaza", "PS", 31.45, 34.39, PlacePrecision.Town, 281124);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(jazirah, nuseirat), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "DEIR EL-BALAH, Gaza Strip (Al Jazeera) - A strike on a house killed nine members of one family. It hit the Nuseirat camp before dawn.",
            null, null).Claims;

        Assert.Equal(nuseirat, Assert.Single(claims).Place);
    }
    [Fact]
    public void Extract_ProvinceOfALaterIncident_IsNotRefinedToAnotherProvincesTownNearby()
    {
        var odesa = new Place("Odesa", "Odesa Oblast", "UA", 46.48, 30.73, PlacePrecision.Town, 698740);
        var kherson = new Place("Kherson Oblast", "Kherson Oblast", "UA", 46.66, 32.62, PlacePrecision.Province, 706442);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(odesa, kherson), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "Drones struck Odesa on Wednesday, killing three civilians.\n\nIn the neighbouring Kherson Oblast, shelling killed a man.", null, null).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal(kherson, claims[1].Place);
    }
    [Fact]
    public void Extract_DatelineTown_YieldsToADistrictTheStoryTellsOf()
    {
        var peshawar = new Place("PESHAWAR", "Khyber Pakhtunkhwa", "PK", 34.01, 71.58, PlacePrecision.Town, 1168197);
        var district = new Place("Dera Ismail Khan", "Khyber Pakhtunkhwa", "PK", 31.83, 70.9, PlacePrecision.District, 1180281);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(peshawar, district), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "PESHAWAR, Pakistan (AP) — A roadside bomb tore through a police van in the Dera Ismail Khan district on Thursday, killing four officers.",
            null, null).Claims;

        Assert.Equal(district, Assert.Single(claims).Place);
    }
    [Fact]
    public void Extract_NameBeforeARoundabout_LosesToTheTownTheTextNames()
    {
        var raqqa = new Place("Raqqa", "Raqqa", "SY", 35.95, 39.01, PlacePrecision.Town, 163915);
        var nimes = new Place("al-Naim", "Occitanie", "FR", 43.83, 4.35, PlacePrecision.Town, 2990363);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(raqqa, nimes), ExtractionOptions.Default);

        var claims = extractor.Extract(
            "In the battle for Raqqa a strike killed between 2 and 4 civilians. Two young men were killed near the al-Naim roundabout.", null, null).Claims;

        Assert.Equal(raqqa, Assert.Single(claims).Place);
    }
    [Theory]
    [InlineData("The Houthi-run Saba news agency reported nine killed, Sheikh Radwan residents said.")]
    [InlineData("Al Jazeera reported that nine people were killed, Sheikh Radwan residents said.")]
    [InlineData("Sahar's son Yousef was among nine civilians killed, Sheikh Radwan residents said.")]
    [InlineData("Their daughter Sahar was among nine civilians killed, Sheikh Radwan residents said.")]
    [InlineData("His daughter-in-law Sahar was among nine civilians killed, Sheikh Radwan residents said.")]
    [InlineData("Local news site Saba gave nine dead, Sheikh Radwan residents said.")]
    public void Extract_SourcesAndPeopleNamedLikePlaces_AreNotThePlace(string text)
    {
        var radwan = new Place("Sheikh Radwan", "Gaza", "PS", 31.53, 34.46, PlacePrecision.Town, null);
        var saba = new Place("Saba", null, "BQ", 17.63, -63.24, PlacePrecision.Town, 3513563);
        var jazirah = new Place("Al Jazeera", "Al Jazirah", "SD", 14.4, 33.52, PlacePrecision.Town, 408646);
        var sahar = new Place("Sahar", "Sa'dah", "YE", 16.9, 43.7, PlacePrecision.Town, 6940926);
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(radwan, saba, jazirah, sahar), ExtractionOptions.Default);

        var claims = extractor.Extract(text, null, null).Claims;

        Assert.Equal(radwan, Assert.Single(claims).Place);
    }
}
