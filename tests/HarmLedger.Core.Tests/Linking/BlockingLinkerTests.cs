using HarmLedger.Linking;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Linking;

public sealed class BlockingLinkerTests
{
    private static readonly DateOnly Day = new(2016, 10, 17);

    [Fact]
    public void Link_ThreeReportsOfTwoStrikes_GroupsThemByEvent()
    {
        Claim[] claims =
        [
            ClaimAt(Day, 36.34, 43.13, "United States", PlacePrecision.Town),
            ClaimAt(Day, 33.31, 44.36, "Islamic State", PlacePrecision.Town),
            ClaimAt(Day.AddDays(1), 36.36, 43.15, "United States", PlacePrecision.Town),
        ];

        var incidents = new BlockingLinker(LinkingOptions.Default).Link(claims);

        Assert.Equal([0, 1, 0], incidents);
    }

    [Fact]
    public void Link_ProvinceReportFarFromTheTownButInItsProvince_JoinsTheTownsIncident()
    {
        var town = ClaimAt(Day, 34.38, 40.99, "United States", PlacePrecision.Town) with
        {
            Place = new Place("Al-Qaim", "Anbar", "IQ", 34.38, 40.99, PlacePrecision.Town, null),
        };
        var province = town with { Place = new Place("Anbar", null, "IQ", 33.42, 43.30, PlacePrecision.Province, null) };

        var incidents = new BlockingLinker(LinkingOptions.Default).Link([town, province]);

        Assert.Equal([0, 0], incidents);
    }

    [Fact]
    public void Link_UndatedClaims_EachStartsItsOwnIncident()
    {
        var undated = ClaimAt(Day, 36.34, 43.13, null, PlacePrecision.Town) with { Date = DateSpan.Unknown };

        var incidents = new BlockingLinker(LinkingOptions.Default).Link([undated, undated]);

        Assert.Equal([0, 1], incidents);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Link_RandomClaims_AgreesWithComparingEveryPair(int seed)
    {
        var claims = RandomClaims(new Random(seed), 1500);

        var blocked = new BlockingLinker(LinkingOptions.Default).Link(claims);
        var exhaustive = Exhaustive(claims);

        Assert.Equal(exhaustive, blocked);
        Assert.InRange(blocked.Distinct().Count(), 100, 1499);
    }

    /// <summary>The reference: every claim scored against every incident so far.</summary>
    private static int[] Exhaustive(IReadOnlyList<Claim> claims)
    {
        var linker = new IncidentLinker(LinkingOptions.Default);
        var incidents = new List<Incident>();
        var result = new int[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var best = -1;
            var bestScore = double.MinValue;
            for (var j = 0; j < incidents.Count; j++)
            {
                if (claims[i].Date.Start is not null && linker.Score(claims[i], incidents[j]) is double s && s > bestScore)
                {
                    (best, bestScore) = (j, s);
                }
            }

            if (best < 0)
            {
                best = incidents.Count;
                var c = claims[i];
                incidents.Add(new Incident(best, IncidentStatus.Automatic, Grade.Weak, c.Date, c.Place,
                    c.Perpetrator is null ? [] : [c.Perpetrator], null, null, 1, 1, []));
            }
            else if (claims[i].Perpetrator is string p && !incidents[best].Belligerents.Contains(p))
            {
                incidents[best] = incidents[best] with { Belligerents = incidents[best].Belligerents.Add(p) };
            }

            result[i] = best;
        }

        return result;
    }

    private static List<Claim> RandomClaims(Random random, int count)
    {
        string?[] parties = ["United States", "Russia", "Islamic State", null];
        string?[] provinces = ["Ninawa", "Anbar", null];
        PlacePrecision[] precisions = [PlacePrecision.Town, PlacePrecision.Town, PlacePrecision.Town, PlacePrecision.Exact, PlacePrecision.Province];
        var claims = new List<Claim>(count);
        for (var i = 0; i < count; i++)
        {
            var day = Day.AddDays(random.Next(0, 60));
            var claim = ClaimAt(day, 33 + (random.NextDouble() * 4), 40 + (random.NextDouble() * 6),
                parties[random.Next(parties.Length)], precisions[random.Next(precisions.Length)]);
            claim = claim with { Place = claim.Place! with { Admin1 = provinces[random.Next(provinces.Length)] } };
            claims.Add(random.Next(20) == 0 ? claim with { Place = null } : claim);
        }

        return claims;
    }

    private static Claim ClaimAt(DateOnly day, double lat, double lon, string? perpetrator, PlacePrecision precision) => new(
        ClaimKind.Incident, perpetrator, "airstrike", DateSpan.Day(day),
        new Place("Somewhere", null, "IQ", lat, lon, precision, null), null, null, [], [], 0.5);
}
