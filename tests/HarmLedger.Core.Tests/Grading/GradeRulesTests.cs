using HarmLedger.Grading;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Grading;

public sealed class GradeRulesTests
{
    [Theory]
    [InlineData(1, 1, false, false, false, Grade.Weak)]
    [InlineData(3, 1, false, false, false, Grade.Weak)]
    [InlineData(2, 1, true, false, false, Grade.Fair)]
    [InlineData(1, 1, true, true, false, Grade.Confirmed)]
    [InlineData(2, 2, true, false, false, Grade.Contested)]
    [InlineData(4, 2, true, true, true, Grade.Discounted)]
    public void Derive_Evidence_GivesTheMonitorsGrade(int sources, int belligerents, bool acknowledged, bool accepted, bool discounted, Grade expected)
    {
        var decision = GradeRules.Derive(new GradeEvidence(sources, belligerents, acknowledged, accepted, discounted));

        Assert.Equal(expected, decision.Grade);
        Assert.StartsWith(expected.ToString().ToLowerInvariant(), decision.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Grade.Fair, false, Grade.Fair)]
    [InlineData(Grade.Fair, true, Grade.Confirmed)]
    [InlineData(Grade.Contested, false, Grade.Contested)]
    [InlineData(Grade.Weak, false, Grade.Weak)]
    public void Derive_MonitorsDeclaredGrade_HoldsUnlessTheBelligerentAcceptsHarm(Grade declared, bool accepted, Grade expected)
    {
        var decision = GradeRules.Derive(new GradeEvidence(1, 1, false, accepted, false, declared));

        Assert.Equal(expected, decision.Grade);
    }
}
