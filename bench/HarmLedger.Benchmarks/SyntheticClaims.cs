using HarmLedger.Model;

namespace HarmLedger.Benchmarks;

/// <summary>
/// Synthetic incident claims: events over a region, each reported one to four times with jitter.
/// The period grows with the count (about 200 claims a day, a busy monitor's rate), so density stays
/// constant and sizes compare like a store that grows over the years.
/// </summary>
internal static class SyntheticClaims
{
    private const int ClaimsPerDay = 200;

    private static readonly string?[] Parties = ["United States", "Russia", "Islamic State", "Syrian government", "Turkey", null];

    /// <summary>About <paramref name="count"/> claims, and the event each describes (the truth for quality checks).</summary>
    public static (List<Claim> Claims, List<int> Events) Generate(int count, int seed)
    {
        var random = new Random(seed);
        var claims = new List<Claim>(count);
        var events = new List<int>(count);
        var start = new DateOnly(2014, 1, 1);
        for (var e = 0; claims.Count < count; e++)
        {
            var day = start.AddDays(random.Next(0, Math.Max(1, count / ClaimsPerDay)));
            var (lat, lon) = (30 + (random.NextDouble() * 8), 36 + (random.NextDouble() * 12));
            var party = Parties[random.Next(Parties.Length)];
            var reports = 1 + random.Next(4);
            for (var r = 0; r < reports && claims.Count < count; r++)
            {
                claims.Add(Report(random, day, lat, lon, party));
                events.Add(e);
            }
        }

        return (claims, events);
    }

    private static Claim Report(Random random, DateOnly day, double lat, double lon, string? party)
    {
        var jitterDays = random.Next(10) < 3 ? random.Next(-1, 2) : 0;
        var precision = random.Next(20) == 0 ? PlacePrecision.Province : PlacePrecision.Town;
        var place = random.Next(33) == 0
            ? null
            : new Place("Town", null, "SY", lat + ((random.NextDouble() - 0.5) * 0.05), lon + ((random.NextDouble() - 0.5) * 0.05), precision, null);
        var killed = random.Next(1, 60);
        return new Claim(
            ClaimKind.Incident, random.Next(5) == 0 ? null : party, "airstrike", DateSpan.Day(day.AddDays(jitterDays)), place,
            Figures.Of((VictimCategory.Total, new FigureRange(killed, killed + random.Next(0, 10)))), null, [], [], 0.5);
    }
}
