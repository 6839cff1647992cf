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
    public static Figures? Build(IReadOnlyList<Mention> mentions, HarmKind harm)
    {
        // The harm's mentions in one pass, without LINQ: this runs twice per claim. The named members of groups count
        // only towards the roster.
        List<Mention>? own = null;
        List<Mention>? members = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Harm == harm && m.Member)
            {
                (members ??= []).Add(m);
            }
            else if (m.Harm == harm)
            {
                (own ??= []).Add(m);
            }
        }

        if (own is null && members is null)
        {
            return null;
        }

        own ??= [];

        // A stated zero ("nobody was killed") holds only when no figure says otherwise.
        if (own.Exists(m => m.Range.Max != 0))
        {
            own.RemoveAll(m => m.Range.Max == 0 && m.Range.Min == 0);
        }

        // "killed 4 people and wounded 23 others, including 6 children": others than the people of another harm are,
        // for their own harm, the toll itself, and what they include is part of it.
        if (!own.Exists(m => !m.Additional && !m.Breakdown))
        {
            for (var i = 0; i < own.Count; i++)
            {
                own[i] = own[i] with { Additional = false };
            }
        }

        // One person singled out ("his wife") is part of a toll, not a toll, when the text gives one.
        // (A group listed with the person, "Omar, his wife and their 3 children", is part of the list, not a toll.)
        // ("Omar was killed. Two others were also killed": others beyond him are no toll that holds him.)
        var toll = own.Exists(m => !m.Detail && !m.Breakdown && !m.Additional && m.Clause < CasualtyFinder.DetailClauseBase);
        var fightersOnly = toll && own.TrueForAll(m => m.Detail || m.Breakdown || m.Additional || m.Clause >= CasualtyFinder.DetailClauseBase ||
                                                       m.Category == VictimCategory.Combatants);
        if (toll)
        {
            // "killing a policeman and a civilian passer-by … Deaths recorded: 2": people singled out in one sentence who
            // add up to the exact toll, and tell civilians from fighters, break it down.
            if (SingledOutMakeTheToll(own))
            {
                for (var i = 0; i < own.Count; i++)
                {
                    own[i] = own[i] is { Detail: true, Additional: false, Category: VictimCategory.Civilians or VictimCategory.Combatants } m
                        ? m with { Breakdown = true } : own[i];
                }
            }

            // (A person a breakdown names stays, as a part: "nine people, including a police officer".)
            // (A civilian singled out beside a toll of fighters only is not among them: "leaving 5 gunmen dead. A civilian
            // bystander was also killed": 6.)
            own.RemoveAll(m => m.Detail && !m.Breakdown && !m.Additional && m.Category is VictimCategory.Total or VictimCategory.Civilians or VictimCategory.Combatants &&
                               !(m.Category == VictimCategory.Civilians && fightersOnly));
        }

        var roster = Roster(members is null ? own : [.. own, .. members]);
        var folded = FoldClauses(own);
        // (Counted before the people singled out leave the sums below.)
        var civiliansSingledOut = SingledOutCivilians(folded);
        if (toll)
        {
            // Nor do the people one sentence singles out add up to a toll ("Omar was killed with his wife": 2).
            folded.RemoveAll(m => m.Clause >= CasualtyFinder.DetailClauseBase && m.Category is VictimCategory.Total or VictimCategory.Civilians &&
                                  !(m.Category == VictimCategory.Civilians && fightersOnly));
        }

        RaiseToBreakdowns(folded);
        folded.AddRange(roster);
        var figures = Figures.Empty;
        var sameCategory = new List<Mention>(folded.Count);
        foreach (var category in Categories)
        {
            // One pass per category: the figures of that category, and the people beyond them ("also", "others").
            sameCategory.Clear();
            FigureRange? beyond = null;
            foreach (var m in folded)
            {
                if (m.Category != category)
                {
                    continue;
                }

                if (m.Additional)
                {
                    beyond = beyond is { } sum ? sum.Plus(m.Range) : m.Range;
                }
                else
                {
                    sameCategory.Add(m);
                }
            }

            var merged = category == VictimCategory.Combatants && OpposingSides(sameCategory) is { } sides ? sides : Merge(sameCategory);
            if (category != VictimCategory.Total && Sum(merged, beyond) is { } r)
            {
                figures = figures.With(category, r);
            }
        }

        sameCategory.Clear();
        foreach (var m in folded)
        {
            if (m.Category == VictimCategory.Total && !m.Additional && !m.Breakdown)
            {
                sameCategory.Add(m);
            }
        }

        var stated = Merge(sameCategory);
        var civilians = figures[VictimCategory.Civilians];
        if (civilians is null && stated is null)
        {
            civilians = Sum(figures[VictimCategory.Children], figures[VictimCategory.Women], figures[VictimCategory.Men]);
            if (civilians is { } c)
            {
                figures = figures.With(VictimCategory.Civilians, c);
            }
        }

        // "killing 21 members of the family … and up to 30 civilians": when only "up to" figures count the civilians and
        // no combatants are told of, the stated toll is their min.
        if (civilians is { } onlyUpTo && stated is { } told && figures[VictimCategory.Combatants] is null &&
            told.Min > onlyUpTo.Min && (onlyUpTo.Max is null || told.Min <= onlyUpTo.Max) && OnlyUpTo(folded, VictimCategory.Civilians))
        {
            civilians = onlyUpTo with { Min = told.Min };
            figures = figures.With(VictimCategory.Civilians, civilians.Value);
        }

        // (One more person in a breakdown is part of the breakdown, not beyond the toll.)
        FigureRange? extraAll = null;
        FigureRange? extraTotal = null;
        foreach (var m in folded)
        {
            if (m.Additional && !m.Breakdown)
            {
                extraAll = Sum(extraAll, m.Range);
                extraTotal = m.Category == VictimCategory.Total ? Sum(extraTotal, m.Range) : extraTotal;
            }
        }

        var fromStated = stated is { } st ? Sum(st, extraAll) : null;
        // (Without a civilian figure, the children, women and men the text counts are civilians the total must hold;
        // not the roster of the named dead, which sources may count fewer than.)
        var people = civilians ?? Sum(Told(folded, VictimCategory.Children, sameCategory), Told(folded, VictimCategory.Women, sameCategory),
                                      Told(folded, VictimCategory.Men, sameCategory));
        var fromParts = Sum(people, figures[VictimCategory.Combatants]) is { } p ? Sum(p, extraTotal) : null;
        var total = fromStated is { } a && (fromParts is not { } b || b.Min <= a.Min) ? a
            : civilians is null && fromStated is { Max: int most } statedTotal && fromParts is { } parts && most >= parts.Min ? statedTotal with { Min = parts.Min }
            : fromParts ?? extraTotal;

        // A source that counts only civilians, where no one counts combatants, counts all the dead it knows of: its toll
        // is a toll too ("between three and seven civilians were killed … another source said seven people died": 3–7).
        // (Not a share of a toll: "20 killed, 12 of them civilians" and "18 of the dead are civilians" stay 20 and 27.)
        // So is its max: the dead are at least the civilians ("six deaths … between 6 and 11 civilians": 6–11). (Not when
        // the civilians outnumber the stated dead: that toll was an early one, "the initial toll of four later rose to
        // six civilians".)
        if ((fromStated ?? total) is { } whole && civilians is { } civilianToll && figures[VictimCategory.Combatants] is null &&
            civilianToll.Min <= whole.Min && folded.Exists(m => IsCivilianToll(m, folded)))
        {
            int? upper = whole.Max is not int wholeMost ? null
                : civilianToll.Max is int civilianMost ? Math.Max(wholeMost, civilianMost)
                : civilianToll.Min > wholeMost ? null : wholeMost;
            total = new FigureRange(Math.Min(whole.Min, civilianToll.Min), upper);
        }

        // "killing at least 12 civilians … another source reported 20 deaths": where no one counts combatants, the
        // civilians are no more than the dead.
        if (figures[VictimCategory.Civilians] is { Max: null } openCivilians && figures[VictimCategory.Combatants] is null &&
            total is { Max: int dead } && dead >= openCivilians.Min)
        {
            figures = figures.With(VictimCategory.Civilians, openCivilians with { Max = dead });
        }

        // "killing the commanding officer, his wife, their six-year-old son and four soldiers": when the fighters and the
        // children, women and men told add up to the toll exactly, those people are its civilians. So do civilians singled
        // out in its breakdown, and of a toll "at least" so many, they are its civilians at least ("at least six people,
        // including four of his bodyguards, a journalist and a child": 2 or more).
        if (figures[VictimCategory.Civilians] is null && figures[VictimCategory.Combatants] is { Max: int fighters } combatants &&
            combatants.Min == fighters && total is { } counted && (counted.Max is null || counted.Min == counted.Max) &&
            Sum(figures[VictimCategory.Children], figures[VictimCategory.Women], figures[VictimCategory.Men], civiliansSingledOut) is { Max: int others } kin &&
            kin.Min == others && fighters + others == counted.Min)
        {
            figures = figures.With(VictimCategory.Civilians, counted.Max is null ? FigureRange.AtLeast(others) : kin);
        }

        // "killing at least 42 people … Civilians reported killed: 42-44": where no one counts combatants, a record's
        // civilian field counts the dead too, and bounds an open toll.
        if (total is { Max: null } openToll && figures[VictimCategory.Combatants] is null &&
            folded.Find(m => m is { Labelled: true, Category: VictimCategory.Civilians, Additional: false }) is { Range.Max: int field } &&
            field >= openToll.Min)
        {
            total = openToll with { Max = field };
        }

        // "shot dead the imam of a local mosque and his 15-year-old son": people singled out are civilians together, the
        // child as much as the imam.
        if (figures[VictimCategory.Civilians] is { } singledCivilians && figures[VictimCategory.Combatants] is null &&
            folded.TrueForAll(m => m.Category != VictimCategory.Civilians || m.Detail) && SingledOutKin(folded) is { } singledKin &&
            total is { } singledToll && Sum(singledCivilians, singledKin) is { } together && together.Min <= singledToll.Min)
        {
            figures = figures.With(VictimCategory.Civilians, together);
        }

        // "5 dead (including 2 Iraqi army soldiers buying food)": the fighters a toll includes are its only ones; the
        // others are its civilians.
        var nobodyByKind = figures[VictimCategory.Children] is null && figures[VictimCategory.Women] is null && figures[VictimCategory.Men] is null;
        if (figures[VictimCategory.Civilians] is null && figures[VictimCategory.Combatants] is { Max: int partFighters } part &&
            part.Min == partFighters && total is { Max: int exactDead } exactToll && exactToll.Min == exactDead && exactDead > partFighters &&
            nobodyByKind && folded.TrueForAll(m => m.Category != VictimCategory.Combatants || m.Breakdown))
        {
            figures = figures.With(VictimCategory.Civilians, FigureRange.Exactly(exactDead - partFighters));
        }

        // "Seven soldiers and two assailants were killed. 9 fatalities.": when the fighters are the whole toll, no
        // civilian is among the dead, as monitors code it.
        // (So is an open toll all fighters: "23 soldiers were killed … dozens of the assailants were also killed".)
        if (figures[VictimCategory.Civilians] is null && figures[VictimCategory.Combatants] is { } allFighters && total == allFighters &&
            (allFighters.Max is not null || !folded.Exists(m => m.Category == VictimCategory.Total && !m.Breakdown)) && nobodyByKind)
        {
            figures = figures.With(VictimCategory.Civilians, FigureRange.Exactly(0));
        }

        return total is { } final ? figures.With(VictimCategory.Total, final) : null;
    }

    private static readonly VictimCategory[] Categories = Enum.GetValues<VictimCategory>();

    // The children, women and men singled out (not parts of a toll, nor the roster of the named dead).
    private static FigureRange? SingledOutKin(List<Mention> folded)
    {
        FigureRange? sum = null;
        foreach (var m in folded)
        {
            if (m is { Detail: true, Breakdown: false, Additional: false } && m.Clause != -1 &&
                m.Category is VictimCategory.Children or VictimCategory.Women or VictimCategory.Men)
            {
                sum = Sum(sum, m.Range);
            }
        }

        return sum;
    }

    // Whether the civilians and fighters singled out in one sentence, both kinds told, add up to the one exact toll.
    private static bool SingledOutMakeTheToll(List<Mention> own)
    {
        int? toll = null;
        int? sentence = null;
        int people = 0, civilians = 0, fighters = 0;
        foreach (var m in own)
        {
            if (!m.Detail && !m.Breakdown && !m.Additional && m.Clause < CasualtyFinder.DetailClauseBase && m.Category == VictimCategory.Total)
            {
                if (m.Range.Max != m.Range.Min || (toll is int t && t != m.Range.Min))
                {
                    return false;
                }

                toll = m.Range.Min;
            }
            else if (m is { Detail: true, Additional: false } && m.Category is VictimCategory.Total or VictimCategory.Civilians or VictimCategory.Combatants)
            {
                if ((sentence ??= m.Sentence) != m.Sentence || m.Category == VictimCategory.Total)
                {
                    return false;
                }

                people += m.Range.Min;
                civilians += m.Category == VictimCategory.Civilians ? 1 : 0;
                fighters += m.Category == VictimCategory.Combatants ? 1 : 0;
            }
        }

        return toll is int exact && exact == people && civilians > 0 && fighters > 0;
    }

    // A civilian figure that stands alone for its source's toll: not a share, a detail or an "up to", and in a clause
    // of its own ("killing herself and 2 civilians" counts the bomber too).
    private static bool IsCivilianToll(Mention m, List<Mention> folded) =>
        m is { Category: VictimCategory.Civilians, Breakdown: false, Additional: false, Detail: false, Share: false, OpenMin: false } &&
        m.Clause != -1 && !folded.Exists(o => o.Clause == m.Clause && !o.Breakdown && o.Category != VictimCategory.Civilians &&
                                               (o.Category != VictimCategory.Total || o.Range != m.Range));

    // The category's figures as told: not the people singled out, nor the roster of the named dead.
    // (Gathered in the caller's scratch list.)
    private static FigureRange? Told(List<Mention> folded, VictimCategory category, List<Mention> scratch)
    {
        scratch.Clear();
        foreach (var m in folded)
        {
            if (m.Category == category && !m.Additional && !m.Detail && m.Clause != -1)
            {
                scratch.Add(m);
            }
        }

        return Merge(scratch);
    }

    // Whether every figure of the category states only a max ("up to 30 civilians").
    private static bool OnlyUpTo(List<Mention> folded, VictimCategory category)
    {
        var any = false;
        foreach (var m in folded)
        {
            if (m.Category == category && !m.Additional)
            {
                if (!m.OpenMin)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// The people singled out by name across several sentences, each counted once by name: children, women and men.
    /// </summary>
    /// <remarks>
    /// A narrative that names the dead family by family ("Omar was killed with his wife Huda. … Their sons Ali, 9, and
    /// Karim, 12, …") counts them over many sentences; within one sentence the details already add up. A person named
    /// again keeps the most specific category any mention gives (an age makes a son a child). The roster only bounds
    /// the breakdown from above, and it is dropped when it names more people than the stated toll.
    /// </remarks>
    private static List<Mention> Roster(List<Mention> own)
    {
        // Most claims name no one, or name people in one sentence only: they are turned away before any list is made.
        int? firstSentence = null;
        var severalSentences = false;
        foreach (var m in own)
        {
            if (IsNamed(m))
            {
                firstSentence ??= m.Sentence;
                severalSentences |= m.Sentence != firstSentence;
            }
        }

        if (!severalSentences)
        {
            return [];
        }

        var named = own.FindAll(IsNamed);

        // "first|last"; a first name alone is the same person as a full name with that first name.
        var people = new Dictionary<string, VictimCategory>(StringComparer.Ordinal);
        foreach (var m in named)
        {
            var key = m.Name!;
            var firstName = key[..(key.IndexOf('|') + 1)];
            key = people.Keys.FirstOrDefault(k => k == key || (k.StartsWith(firstName, StringComparison.Ordinal) &&
                                                               (k.Length == firstName.Length || key.Length == firstName.Length))) ?? key;
            people[key] = people.TryGetValue(key, out var known) && !IsPerson(m.Category) ? known : IsPerson(m.Category) ? m.Category : known;
        }

        var stated = own.Where(m => !m.Detail && !m.Breakdown && m.Category is VictimCategory.Total or VictimCategory.Civilians)
                        .Select(m => m.Range.Max ?? int.MaxValue).DefaultIfEmpty(int.MaxValue).Max();
        if (people.Count > stated)
        {
            return [];
        }

        var last = named[^1];
        return people.Values.Where(IsPerson).GroupBy(c => c)
                     .Select(g => last with { Category = g.Key, Range = FigureRange.Exactly(g.Count()), Breakdown = true, Clause = -1,
                                             Detail = true, Start = int.MaxValue, Name = null })
                     .ToList();
    }

    private static bool IsNamed(Mention m) => m.Detail && m.Name is { Length: > 0 } && !m.Breakdown && m.Range.Min == 1;

    private static bool IsPerson(VictimCategory c) => c is VictimCategory.Children or VictimCategory.Women or VictimCategory.Men;

    /// <summary>One count reported several ways: the lead figure's min (or a vaguer one before it), the highest precise max.</summary>
    /// <remarks>
    /// The text leads with its toll; vaguer words before it ("dozens … the toll at 70") lower the min, but smaller
    /// figures after it usually count a subset (one family, the named dead) and do not, unless a source revises its toll
    /// down to them. "Up to N" sets no min.
    /// </remarks>
    public static FigureRange? Merge(List<Mention> list)
    {
        // Plain loops over one list, no sorting: the lead is the earliest bounded precise mention (the first of equals).
        if (list.Count == 0)
        {
            return null;
        }

        // "initially reported three dead; the toll rose to five": an early toll superseded sets no min.
        var superseded = Superseded(list);
        var lead = -1;
        var precise = false;
        for (var i = 0; i < list.Count; i++)
        {
            precise |= !list[i].Vague;
            if (!list[i].OpenMin && !list[i].Vague && !superseded[i] && (lead < 0 || list[i].Start < list[lead].Start))
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
            if (superseded[i])
            {
                continue;
            }

            min = Math.Min(min, m.Range.Min);
            if (!m.OpenMin && (lead < 0 || m.Start < list[lead].Start || (m.Start == list[lead].Start && i <= lead) || m.Revision))
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

    // The civilians a toll's breakdown singles out one by one ("including … a journalist"); null when none.
    private static FigureRange? SingledOutCivilians(List<Mention> folded)
    {
        var count = 0;
        foreach (var m in folded)
        {
            count += m is { Breakdown: true, Detail: true, Category: VictimCategory.Civilians, Vague: false } ? m.Range.Min : 0;
        }

        return count > 0 ? FigureRange.Exactly(count) : null;
    }

    // Which mentions are early tolls that a toll risen above them after them supersedes ("initially reported three dead;
    // the toll rose to five"; but not "initially put the toll at 52; local leaders later said 167", sources that differ),
    // or a revision down ("initially said seven people had been killed, but later revised the death toll down to four":
    // 4; but "initially reported four killed … later gave a toll of five" is 4–5). (Most lists have none: no array then.)
    private static ReadOnlySpan<bool> Superseded(List<Mention> list)
    {
        bool[]? superseded = null;
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].Early)
            {
                continue;
            }

            foreach (var later in list)
            {
                if (later.Start > list[i].Start &&
                    (later.Risen ? later.Range.Min > list[i].Range.Min : later.Revision && later.Range.Min < list[i].Range.Min))
                {
                    superseded ??= new bool[list.Count];
                    superseded[i] = true;
                    break;
                }
            }
        }

        return superseded ?? (list.Count <= NoneSuperseded.Length ? NoneSuperseded.AsSpan(0, list.Count) : new bool[list.Count]);
    }

    private static readonly bool[] NoneSuperseded = new bool[64];

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

    // "killing 2 soldiers. 3 attackers were neutralised": each side's count merged on its own, and the two added. Only
    // when every figure tells its side; one that does not could be either.
    private static FigureRange? OpposingSides(List<Mention> combatants)
    {
        List<Mention>? state = null;
        List<Mention>? group = null;
        foreach (var m in combatants)
        {
            if (m.Side == 0 || m.Breakdown)
            {
                return null;
            }

            if (m.Side == 1)
            {
                (state ??= []).Add(m);
            }
            else
            {
                (group ??= []).Add(m);
            }
        }

        return state is null || group is null ? null : Sum(Merge(state), Merge(group));
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

        // (The side of the category's own heads: "10 civilians and a police officer" are the state's fighters.)
        sbyte? side = null;
        foreach (var m in heads)
        {
            if (category is null || m.Category == category)
            {
                side = side is null || side == m.Side ? m.Side : (sbyte)0;
            }
        }

        return heads[0] with { Category = category ?? VictimCategory.Total, Range = sum!.Value, Vague = vague, Side = side ?? 0 };
    }

    // "Up to four civilians, including two sisters, were killed": at least as many died as the sentence's breakdown
    // counts, so a toll's min rises to it (unless the breakdown outgrows the max, which says one of them is misread).
    // Other sentences' breakdowns and the roster of the named dead set no floor: sources may count fewer.
    private static void RaiseToBreakdowns(List<Mention> folded)
    {
        Dictionary<int, int>? counted = null;
        foreach (var m in folded)
        {
            if (m.Breakdown && !m.Vague && m.Clause >= 0 && IsPerson(m.Category))
            {
                counted ??= [];
                counted[m.Sentence] = counted.GetValueOrDefault(m.Sentence) + m.Range.Min;
            }
        }

        for (var i = 0; counted is not null && i < folded.Count; i++)
        {
            var toll = folded[i];
            if (!toll.Breakdown && !toll.Detail && !toll.Additional && toll.Category is VictimCategory.Total or VictimCategory.Civilians &&
                counted.GetValueOrDefault(toll.Sentence) is var least && toll.Range.Min < least && (toll.Range.Max is null || toll.Range.Max >= least))
            {
                folded[i] = toll with { Range = toll.Range with { Min = least } };
            }
        }
    }

    private static FigureRange? Sum(params ReadOnlySpan<FigureRange?> ranges)
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
