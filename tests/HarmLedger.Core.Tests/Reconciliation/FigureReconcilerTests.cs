using HarmLedger.Model;
using HarmLedger.Reconciliation;

namespace HarmLedger.Core.Tests.Reconciliation;

public sealed class FigureReconcilerTests
{
    [Fact]
    public void Reconcile_TwoRanges_TakesLowestMinAndHighestMax()
    {
        var figures = Reconcile(new FigureRange(24, 70), new FigureRange(42, 42));

        Assert.Equal(new FigureRange(24, 70), figures![VictimCategory.Civilians]);
    }

    [Fact]
    public void Reconcile_AtLeastAboveEveryStatedMax_LeavesMaxOpen()
    {
        var figures = Reconcile(new FigureRange(10, 20), FigureRange.AtLeast(50));

        Assert.Equal(new FigureRange(10, null), figures![VictimCategory.Civilians]);
    }

    [Fact]
    public void Reconcile_AtLeastBelowAStatedMax_IsBoundedByIt()
    {
        var figures = Reconcile(FigureRange.AtLeast(12), new FigureRange(15, 18));

        Assert.Equal(new FigureRange(12, 18), figures![VictimCategory.Civilians]);
    }

    [Fact]
    public void Reconcile_NoFigures_IsNull()
    {
        Assert.Null(FigureReconciler.Reconcile([null, null]));
    }

    [Fact]
    public void Reconcile_CategoriesOnlySomeSourcesGive_KeepsEachCategory()
    {
        var a = Figures.Of((VictimCategory.Civilians, FigureRange.Exactly(5)));
        var b = Figures.Of((VictimCategory.Children, FigureRange.Exactly(2)));

        var figures = FigureReconciler.Reconcile([a, b])!;

        Assert.Equal(FigureRange.Exactly(5), figures[VictimCategory.Civilians]);
        Assert.Equal(FigureRange.Exactly(2), figures[VictimCategory.Children]);
    }

    [Fact]
    public void Explain_ThreeClaims_NamesTheClaimsThatSetEachBound()
    {
        var claims = new (long, Figures?)[]
        {
            (1, Figures.Of((VictimCategory.Civilians, new FigureRange(24, null)))),
            (2, Figures.Of((VictimCategory.Civilians, FigureRange.Exactly(70)))),
            (3, Figures.Of((VictimCategory.Civilians, FigureRange.Exactly(42)), (VictimCategory.Children, FigureRange.Exactly(5)))),
        };

        var bounds = FigureReconciler.Explain(claims);

        var civilians = Assert.Single(bounds, b => b.Category == VictimCategory.Civilians);
        Assert.Equal(new FigureRange(24, 70), civilians.Range);
        Assert.Equal([1L], civilians.MinSetBy);
        Assert.Equal([2L], civilians.MaxSetBy);
        Assert.Equal([3L], Assert.Single(bounds, b => b.Category == VictimCategory.Children).MinSetBy);
    }

    private static Figures? Reconcile(params FigureRange[] civilians) =>
        FigureReconciler.Reconcile(civilians.Select(r => Figures.Of((VictimCategory.Civilians, r))));
}
