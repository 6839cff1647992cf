using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

/// <summary>Runs the rule-based extractor with no gazetteer, for tests that do not look at places.</summary>
internal static class Extract
{
    private static readonly RuleBasedExtractor Extractor = new(new FakePlaceResolver(), ExtractionOptions.Default);

    public static IReadOnlyList<Claim> Claims(string text, DateOnly? published = null) =>
        Extractor.Extract(text, published, null).Claims;

    public static Claim Incident(string text, DateOnly? published = null) =>
        Assert.Single(Claims(text, published), c => c.Kind == ClaimKind.Incident);

    public static FigureRange? Killed(string text, VictimCategory category) => Incident(text).Killed?[category];
}
