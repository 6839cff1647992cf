using HarmLedger.Model;

namespace HarmLedger.Reconciliation;

/// <summary>Reconciles the figures several claims give for one incident into one range per category.</summary>
public static class FigureReconciler
{
    /// <summary>The rule, as cited in an incident's history.</summary>
    public const string Rule =
        "range-union: min = the lowest minimum any source gives; max = the highest maximum, open when a source's minimum exceeds every stated maximum";

    /// <summary>Per category: the lowest minimum and the highest maximum across the claims' figures.</summary>
    /// <returns>The reconciled figures, or <c>null</c> when no claim gives any.</returns>
    public static Figures? Reconcile(IEnumerable<Figures?> figures)
    {
        var byCategory = new Dictionary<VictimCategory, List<FigureRange>>();
        foreach (var f in figures)
        {
            if (f is null)
            {
                continue;
            }

            foreach (var (category, range) in f.ByCategory)
            {
                if (!byCategory.TryGetValue(category, out var list))
                {
                    byCategory[category] = list = [];
                }

                list.Add(range);
            }
        }

        if (byCategory.Count == 0)
        {
            return null;
        }

        var result = Figures.Empty;
        foreach (var (category, ranges) in byCategory)
        {
            result = result.With(category, Union(ranges));
        }

        return result;
    }

    /// <summary>The reconciled range of every category with the claims that set its bounds, for an incident's page.</summary>
    public static IReadOnlyList<CategoryBounds> Explain(IReadOnlyList<(long ClaimId, Figures? Figures)> claims)
    {
        var result = new List<CategoryBounds>();
        var reconciled = Reconcile(claims.Select(c => c.Figures));
        foreach (var (category, range) in (reconciled ?? Figures.Empty).ByCategory)
        {
            var giving = claims.Where(c => c.Figures?[category] is not null)
                .Select(c => (c.ClaimId, Range: c.Figures![category]!.Value)).ToList();
            var maxSetBy = range.Max is int max
                ? giving.Where(g => g.Range.Max == max)
                : giving.Where(g => g.Range.Max is null || g.Range.Min > g.Range.Max);
            result.Add(new CategoryBounds(
                category, range, [.. giving.Where(g => g.Range.Min == range.Min).Select(g => g.ClaimId)], [.. maxSetBy.Select(g => g.ClaimId)]));
        }

        return result;
    }

    private static FigureRange Union(List<FigureRange> ranges)
    {
        var min = ranges.Min(r => r.Min);
        var bounded = ranges.Where(r => r.Max is not null).Select(r => r.Max!.Value).DefaultIfEmpty(-1).Max();
        var highestMin = ranges.Max(r => r.Min);
        return new FigureRange(min, bounded >= highestMin ? bounded : null);
    }
}
