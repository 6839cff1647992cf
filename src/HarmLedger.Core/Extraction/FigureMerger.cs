using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Combines the mentions of one claim into figures by category, without double counting.</summary>
internal static class FigureMerger
{
    /// <summary>The figures for one harm, or <c>null</c> when no mention gives one.</summary>
    /// <remarks>
    /// Coordinated mentions ("4 soldiers and 3 police were killed") are distinct groups and add up. Otherwise
    /// mentions of one category are one count reported several ways: the min is the lowest, the max the highest
    /// precise figure (vague words bound only when nothing precise exists). "Others" and "also" add. Breakdowns are
    /// subsets and never add to the total; the total is civilians plus combatants when that exceeds a stated total.
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

        // One person singled out ("his wife") is part of a toll, not a toll, when the text gives one.
        // (A group listed with the person, "Omar, his wife and their 3 children", is part of the list, not a toll.)
        if (own.Any(m => !m.Detail && !m.Breakdown && m.Clause < CasualtyFinder.DetailClauseBase))
        {
            own.RemoveAll(m => m.Detail && !m.Additional && m.Category is VictimCategory.Total or VictimCategory.Civilians or VictimCategory.Combatants);
        }

        var folded = FoldClauses(own);
        var figures = Figures.Empty;
        foreach (var category in Enum.GetValues<VictimCategory>())
        {
            var range = Sum(Merge(folded.Where(m => m.Category == category && !m.Additional)),
                            Sum(folded.Where(m => m.Category == category && m.Additional).Select(m => (FigureRange?)m.Range).ToArray()));
            if (category != VictimCategory.Total && range is { } r)
            {
                figures = figures.With(category, r);
            }
        }

        var stated = Merge(folded.Where(m => m.Category == VictimCategory.Total && !m.Additional && !m.Breakdown));
        var civilians = figures[VictimCategory.Civilians];
        if (civilians is null && stated is null)
        {
            civilians = Sum(figures[VictimCategory.Children], figures[VictimCategory.Women], figures[VictimCategory.Men]);
            if (civilians is { } c)
            {
                figures = figures.With(VictimCategory.Civilians, c);
            }
        }

        var extraAll = Sum(folded.Where(m => m.Additional).Select(m => (FigureRange?)m.Range).ToArray());
        var extraTotal = Sum(folded.Where(m => m.Additional && m.Category == VictimCategory.Total).Select(m => (FigureRange?)m.Range).ToArray());
        var fromStated = stated is { } st ? Sum(st, extraAll) : null;
        var fromParts = Sum(civilians, figures[VictimCategory.Combatants]) is { } p ? Sum(p, extraTotal) : null;
        var total = fromStated is { } a && (fromParts is not { } b || b.Min <= a.Min) ? a : fromParts ?? extraTotal;
        return total is { } final ? figures.With(VictimCategory.Total, final) : null;
    }

    /// <summary>One count reported several ways: the lead figure's min (or a vaguer one before it), the highest precise max.</summary>
    /// <remarks>
    /// The text leads with its toll; vaguer words before it ("dozens … the toll at 70") lower the min, but smaller
    /// figures after it usually count a subset (one family, the named dead) and do not. "Up to N" sets no min.
    /// </remarks>
    public static FigureRange? Merge(IEnumerable<Mention> mentions)
    {
        // Plain loops over one list, no sorting: the lead is the earliest bounded precise mention (the first of equals).
        List<Mention> list = [.. mentions];
        if (list.Count == 0)
        {
            return null;
        }

        var lead = -1;
        var precise = false;
        for (var i = 0; i < list.Count; i++)
        {
            precise |= !list[i].Vague;
            if (!list[i].OpenMin && !list[i].Vague && (lead < 0 || list[i].Start < list[lead].Start))
            {
                lead = i;
            }
        }

        // The min: the bounded mentions up to the lead (all of them without one), else every mention.
        // The max: the highest of the precise mentions (all, if none is), unless none states a max.
        int? boundedMin = null;
        var min = int.MaxValue;
        var highest = int.MinValue;
        var statesMax = false;
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            min = Math.Min(min, m.Range.Min);
            if (!m.OpenMin && (lead < 0 || m.Start < list[lead].Start || (m.Start == list[lead].Start && i <= lead)))
            {
                boundedMin = Math.Min(boundedMin ?? int.MaxValue, m.Range.Min);
            }

            if (!precise || !m.Vague)
            {
                statesMax |= m.Range.Max is not null;
                highest = Math.Max(highest, m.Range.Max ?? m.Range.Min);
            }
        }

        min = boundedMin ?? min;
        int? max = statesMax ? highest : null;
        return new FigureRange(min, max is int x && x < min ? min : max);
    }

    // A clause of coordinated groups becomes one mention per category plus one for their sum.
    // (Clauses and categories are taken in order of first appearance; a claim has few of either.)
    private static List<Mention> FoldClauses(List<Mention> own)
    {
        var folded = new List<Mention>(own.Count);
        var clauses = new List<int>();
        foreach (var m in own)
        {
            if (!clauses.Contains(m.Clause))
            {
                clauses.Add(m.Clause);
            }
        }

        var heads = new List<Mention>();
        foreach (var clause in clauses)
        {
            heads.Clear();
            foreach (var m in own)
            {
                if (m.Clause == clause)
                {
                    (m.Breakdown ? folded : heads).Add(m);
                }
            }

            if (heads.Count <= 1 || clause < 0)
            {
                folded.AddRange(heads);
                continue;
            }

            var categories = new List<VictimCategory>();
            foreach (var m in heads)
            {
                if (m.Category != VictimCategory.Total && !categories.Contains(m.Category))
                {
                    categories.Add(m.Category);
                }
            }

            foreach (var category in categories)
            {
                folded.Add(Summed(heads, category));
            }

            folded.Add(Summed(heads, null));
        }

        return folded;
    }

    // The clause's first head standing for the sum of its heads of one category (or of all, as the total).
    private static Mention Summed(List<Mention> heads, VictimCategory? category)
    {
        FigureRange? sum = null;
        var vague = false;
        foreach (var m in heads)
        {
            if (category is null || m.Category == category)
            {
                sum = sum is { } s ? s.Plus(m.Range) : m.Range;
                vague |= m.Vague;
            }
        }

        return heads[0] with { Category = category ?? VictimCategory.Total, Range = sum!.Value, Vague = vague };
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
