using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class RuleBasedExtractorTests
{
    // A made-up report in the shape of a news article: an incident told twice, a belligerent's admission and two tallies.
    private const string Article = """
        US air strike kills scores of civilians in Syria

        A US air strike early Monday killed dozens of civilians near the river town of Mayadin in eastern Syria.

        "The strikes on the prison caused dozens of civilian casualties and the killing of two prison guards," reported Furat24, a site run by local activists. The site put the civilian death toll at 70.

        A spokesman for the US military admitted that US warplanes had conducted airstrikes in the area.

        Airwars, a group that tracks civilian deaths from coalition strikes, has placed the number at over 4,000 at a minimum.

        The Syrian Observatory for Human Rights (SOHR) has recorded 1,953 civilians killed by US airstrikes in Syria, including 456 children and 333 women.

        Turkey plans to field 1,500 to 2,000 fighters along an 85-km stretch, with over 5,000 troops now deployed.
        """;

    private static readonly Place Mayadin = new("Mayadin", "Deir ez-Zor", "SY", 35.0207, 40.452, PlacePrecision.Town, 169113);

    private static IReadOnlyList<Claim> Claims() =>
        new RuleBasedExtractor(new FakePlaceResolver(Mayadin), ExtractionOptions.Default)
            .Extract(Article, new DateOnly(2017, 6, 27), null).Claims;

    [Fact]
    public void Extract_Article_YieldsOneIncidentWithMergedFigures()
    {
        var incident = Assert.Single(Claims(), c => c.Kind == ClaimKind.Incident);

        Assert.Equal("United States", incident.Perpetrator);
        Assert.Equal("airstrike", incident.Weapon);
        Assert.Equal(DateSpan.Day(new DateOnly(2017, 6, 26)), incident.Date);
        Assert.Equal(Mayadin, incident.Place);
        Assert.Equal(new FigureRange(24, 70), incident.Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(2), incident.Killed?[VictimCategory.Combatants]);
        Assert.Equal(new FigureRange(26, 72), incident.Killed?[VictimCategory.Total]);
        Assert.Equal(["Furat24"], incident.Attribution);
    }

    [Fact]
    public void Extract_Article_YieldsTheTwoTallies()
    {
        var tallies = Claims().Where(c => c.Kind == ClaimKind.Tally).ToList();

        Assert.Equal(2, tallies.Count);
        Assert.Equal(new FigureRange(4000, null), tallies[0].Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(1953), tallies[1].Killed?[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(456), tallies[1].Killed?[VictimCategory.Children]);
        Assert.Equal(FigureRange.Exactly(333), tallies[1].Killed?[VictimCategory.Women]);
        Assert.Equal("United States", tallies[1].Perpetrator);
        Assert.Equal(["SOHR"], tallies[1].Attribution);
    }

    [Fact]
    public void Extract_Article_NonCasualtyNumbersMakeNoClaims()
    {
        var claims = Claims();

        Assert.Equal(4, claims.Count);
        Assert.DoesNotContain(claims, c => c.Evidence.Any(e => e.Text.Contains("5,000", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_ManyThreadsAtOnce_GiveTheSameClaims()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(Mayadin), ExtractionOptions.Default);
        var expected = extractor.Extract(Article, new DateOnly(2017, 6, 27), null).Claims;

        var results = new IReadOnlyList<Claim>[32];
        Parallel.For(0, results.Length, i => results[i] = extractor.Extract(Article, new DateOnly(2017, 6, 27), null).Claims);

        Assert.All(results, r => Assert.Equal(expected.Select(c => (c.Kind, c.Killed, c.Date)), r.Select(c => (c.Kind, c.Killed, c.Date))));
    }

    [Fact]
    public void Extract_EmptyText_YieldsNoClaims()
    {
        var extractor = new RuleBasedExtractor(new FakePlaceResolver(), ExtractionOptions.Default);

        var result = extractor.Extract("", null, null);

        Assert.Empty(result.Claims);
    }
}
