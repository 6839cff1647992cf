using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Combines the mentions of one claim into figures by category, without double counting.</summary>
internal static class FigureMerger
{
    /// <summary>The figures for one harm, or <c>null</c> when no mention gives one.</summary>
    /// <remarks>
    /// Mentions of the same category are one count reported several ways: the min is the lowest, the max the
    /// highest precise figure (vague words bound only when nothing precise exists). Breakdowns are subsets and never
    /// add up to the total; the total is civilians plus combatants when that exceeds a stated total; "others" add.
    /// </remarks>
    public static Figures? Build(IEnumerable<Mention> mentions, HarmKind harm)
    {
        var own = mentions.Where(m => m.Harm == harm).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        // A stated zero ("nobody was killed") holds only when no figure says otherwise.
        if (own.Any(m => m.Range.Max != 0))
        {
            own.RemoveAll(m => m.Range.Max == 0 && m.Range.Min == 0);
        }

        var figures = Figures.Empty;
        foreach (var category in Enum.GetValues<VictimCategory>())
        {
            if (category != VictimCategory.Total && Merge(own.Where(m => m.Category == category && !m.Additional)) is { } r)
            {
                figures = figures.With(category, r);
            }
        }

        var stated = Merge(own.Where(m => m.Category == VictimCategory.Total && !m.Additional && !m.Breakdown));
        var civilians = figures[VictimCategory.Civilians];
        if (civilians is null && stated is null)
        {
            civilians = Sum(figures[VictimCategory.Children], figures[VictimCategory.Women], figures[VictimCategory.Men]);
            if (civilians is { } c)
            {
                figures = figures.With(VictimCategory.Civilians, c);
            }
        }

        var parts = Sum(civilians, figures[VictimCategory.Combatants]);
        var total = stated is { } t && (parts is not { } p || p.Min <= t.Min) ? t : parts;
        var extra = own.Where(m => m.Additional).Select(m => m.Range).Aggregate((FigureRange?)null, (a, b) => Sum(a, b));
        total = Sum(total, extra);
        return total is { } final ? figures.With(VictimCategory.Total, final) : null;
    }

    /// <summary>One count reported several ways: lowest min, highest precise max.</summary>
    public static FigureRange? Merge(IEnumerable<Mention> mentions)
    {
        var list = mentions as IList<Mention> ?? mentions.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var min = list.Min(m => m.Range.Min);
        var source = list.Any(m => !m.Vague) ? list.Where(m => !m.Vague).ToList() : list;
        int? max = source.All(m => m.Range.Max is null) ? null : source.Max(m => m.Range.Max ?? m.Range.Min);
        return new FigureRange(min, max is int x && x < min ? min : max);
    }

    private static FigureRange? Sum(params FigureRange?[] ranges)
    {
        FigureRange? sum = null;
        foreach (var r in ranges)
        {
            if (r is { } x)
            {
                sum = sum is { } s ? s.Plus(x) : x;
            }
        }

        return sum;
    }
}
