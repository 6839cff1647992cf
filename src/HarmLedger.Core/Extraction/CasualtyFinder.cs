using System.Buffers;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Finds casualty figures in a sentence: a figure, the victims it counts, and the harm word it attaches to.</summary>
internal sealed partial class CasualtyFinder(Vocabulary vocabulary, FigureParser parser)
{
    private readonly Vocabulary _v = vocabulary;
    private readonly FigureParser _parser = parser;


    /// <summary>Adds the sentence's casualty mentions to <paramref name="into"/>.</summary>
    public void Find(string text, List<Token> tokens, Sentence s, List<Mention> into)
    {
        var firstOwn = into.Count;
        Mention? parent = null;
        var prevEnd = -1;
        var prevFirst = -1;
        var prevListedKin = false;
        VictimCategory? prevBreakdownCategory = null;
        HarmKind? prevBreakdownHarm = null;
        var prevBreakdown = false;
        var members = 0;
        var dashList = -1;
        for (var i = s.First; i < s.End; i++)
        {
            if (tokens[i].Of(text) is "aged" or "ages")
            {
                var agesEnd = AgesEnd(text, tokens, i + 1, s.End);
                // "two brothers, aged 7 and 10, and their father": the ages belong to the figure before them, and what is
                // joined after them is joined to it.
                if (prevEnd >= 0 && (prevEnd == i || (prevEnd == i - 1 && tokens[prevEnd].Of(text) is ",")))
                {
                    prevEnd = agesEnd < s.End && tokens[agesEnd].Of(text) is "," ? agesEnd : agesEnd - 1;
                }

                i = agesEnd - 1;
                continue;
            }

            // "a suicide bomber blew himself up …, killing himself and two soldiers": the bomber is one of the dead, the
            // first of a list ("himself and two soldiers": 3) or one beyond the others ("killed himself after shooting
            // 3 people dead": 4).
            if (parent is null && tokens[i].Of(text) is "himself" or "herself" && Before(text, tokens, i, s.First) is { } self)
            {
                var first = i + 1 < s.End && tokens[i + 1].Of(text) is "and" or ",";
                var bomber = new Mention(self.Harm, VictimCategory.Total, FigureRange.Exactly(1), false, false, !first, s.Index,
                                         tokens[self.Start].Start, tokens[i].End, into.Count);
                into.Add(bomber);
                parent = first ? bomber : null;
                prevEnd = first ? i + 1 : prevEnd;
                continue;
            }

            // "The bomber also died in the blast", "the attacker was killed": the attack's own dead, one beyond the toll.
            if (parent is null && i == s.First && tokens[i].Of(text) is "The" && SelfDeath(text, tokens, i + 1, s.End) is { } died)
            {
                into.Add(new Mention(HarmKind.Killed, VictimCategory.Combatants, FigureRange.Exactly(1), false, false, true, s.Index,
                                     tokens[i].Start, tokens[died - 1].End, into.Count, Side: 2));
                i = died - 1;
                continue;
            }

            if (!MayStartFigure(text, tokens, i, s.First))
            {
                continue;
            }

            if (Negated(text, tokens, i, s, into) is int after)
            {
                i = after;
                continue;
            }

            if ((_parser.Parse(text, tokens, i, s.End) ?? Article(text, tokens, i, s.End) ?? Occupation(text, tokens, i, s) ?? Person(text, tokens, i, s, (parent is { Detail: true } && parent.Sentence == s.Index) || members > 0) ??
                 BarePlural(text, tokens, i, s)) is not { } fig)
            {
                continue;
            }

            // "a mother of five was killed": the children a parent has are no count of the dead.
            if (fig.First - 2 >= s.First && tokens[fig.First - 1].Of(text) is "of" &&
                IsOneOf(tokens[fig.First - 2].Of(text), ["mother", "father", "parent", "parents", "grandmother", "grandfather", "mum", "dad"]))
            {
                i = Math.Max(i, Math.Max(fig.End, Noun(text, tokens, fig, s).End) - 1);
                continue;
            }

            // "her four children: her eldest son, 22-year-old Bakr, a 12-year-old son Baraa …": the people a group lists
            // are its members, counted already.
            if (fig.Detail && members > 0)
            {
                members--;
                var member = Noun(text, tokens, fig, s);
                var end = Math.Max(member.End, fig.End);
                var nameFrom = member.Found ? member.End : fig.First;
                if (parent is not null && NameKey(text, tokens, nameFrom, Math.Min(s.End, end + 6)) is { } key)
                {
                    // The evidence runs to the end of the name: "a twelve-year-old Hasan Haddad".
                    var last = Math.Max(end - 1, NameEnd(text, tokens, nameFrom, Math.Min(s.End, end + 6)) - 1);
                    into.Add(new Mention(parent.Harm, BySex(member.Category, key), FigureRange.Exactly(1), false, false, false, s.Index,
                                         tokens[fig.First].Start, tokens[last].End, DetailClause(s), Detail: true, Name: key, Member: true));
                }

                i = Math.Max(i, member.End - 1);
                continue;
            }

            // "… a man, his wife and their two daughters": a family group inside the list is members too (but "five
            // people: two women and three children" breaks the five down).
            if (members > 0 && !fig.Vague && fig.Range.Max == fig.Range.Min && fig.Range.Min <= members && fig.First > s.First &&
                IsOneOf(tokens[fig.First - 1].Of(text), ["his", "her", "their"]))
            {
                members -= fig.Range.Min;
                i = Math.Max(i, Math.Max(Noun(text, tokens, fig, s).End, fig.End) - 1);
                continue;
            }

            members = 0;
            // "killed a man and his son, 12, and …": a bare number set off by commas after a person is that person's age.
            if (AgeAfterPerson(text, tokens, fig, prevEnd, s) && into.Count > firstOwn && into[^1] is { Detail: true } or { Range: { Min: 1, Max: 1 } } && into[^1] is var aged &&
                aged.Sentence == s.Index && aged.Start < tokens[fig.First].Start)
            {
                // ("their daughter Heba, 19": a son or a daughter of adult age is a man or a woman.)
                into[^1] = aged with { Category = ByAge(aged.Category, (int)tokens[fig.First].Value, KinWordIn(text, tokens, aged.Start, fig.First)) };
                prevEnd = fig.End;
                i = fig.End - 1;
                continue;
            }

            // "1 child, a shepherd, was killed": a singled-out person after a bare comma is the same person again. But
            // "his wife, his son" lists people, and so does an age in a comma list ("Karim, his wife, 13-year-old
            // Dina"), unless it follows a kin word outside one ("… and her husband, 67-year-old Ziad": him again).
            // (The rest of a name may stand before the comma: "killed Hassan Ali, a local official".)
            var gap = prevEnd;
            while (parent is { Name: not null } && gap >= 0 && gap < fig.First - 1 && IsName(text, tokens[gap]))
            {
                gap++;
            }

            // (But a count of two or more before the comma is broken down: "Two civilians, a mother and her son".)
            if (fig.Detail && gap >= 0 && gap == fig.First - 1 && tokens[gap].Of(text) is "," &&
                !(parent is { Detail: false, Range.Min: >= 2 } && parent.Sentence == s.Index && tokens[gap - 1].End == parent.End) &&
                !(prevBreakdown && IsOneOf(tokens[fig.First].Of(text), ["his", "her", "their"])) &&
                !(parent is { Detail: true } && (IsOneOf(tokens[fig.First].Of(text), ["his", "her", "their"]) || IsListedKin(text, tokens, fig) ||
                                                 (Age(text, tokens, fig.First, s.End) is not null && !prevListedKin && !RenamesKin(text, tokens, prevFirst, prevEnd, s)))) &&
                // ("including four of his bodyguards, a journalist and a child": a civilian is not the fighters again.)
                !(into.Count > firstOwn && into[^1] is { Category: VictimCategory.Combatants, Breakdown: true } fighters && fighters.Sentence == s.Index &&
                  fighters.End == tokens[gap - 1].End &&
                  Noun(text, tokens, fig, s) is { Found: true, Category: not (VictimCategory.Combatants or VictimCategory.Total) }))
            {
                // "his daughter, 11-year-old Layan": the age the second naming gives is the first one's.
                if (parent is { Detail: true } && into.Count > firstOwn && ReferenceEquals(into[^1], parent) &&
                    Age(text, tokens, fig.First, s.End) is { } restated)
                {
                    into[^1] = parent = parent with
                    {
                        Category = ByAge(parent.Category, restated.Age, tokens[prevEnd - 1].Of(text)),
                        Name = parent.Name ?? NameKey(text, tokens, restated.End, Math.Min(s.End, restated.End + 6)),
                    };
                }

                continue;
            }

            var noun = Noun(text, tokens, fig, s);
            // "her children Khaled (12), Sara (8) and Abdullah (4)": a bare number in brackets after a name is an age.
            if (!noun.Found && !fig.Detail && !fig.Vague && fig.First - 2 >= s.First && tokens[fig.First - 1].Of(text) is "(" &&
                fig.End < s.End && tokens[fig.End].Of(text) is ")" && IsName(text, tokens[fig.First - 2]))
            {
                // (What is joined after the age is joined to the person before it: "Omar (9), and his daughter Raghad".)
                prevEnd = prevEnd >= 0 ? fig.End + 1 : prevEnd;
                i = Math.Max(i, fig.End);
                continue;
            }

            // "a number of the wounded are in critical condition": a vague share of people counted already.
            // ("a number of" may end in its own "of".)
            var share = fig.End < s.End && tokens[fig.End].Of(text) is "of" ? fig.End + 1
                : fig.End > fig.First && tokens[fig.End - 1].Of(text) is "of" ? fig.End : -1;
            if (fig.Vague && share > 0 && share + 1 < s.End && tokens[share].Of(text) is "the" or "those" && (tokens[share + 1].Classes & _v.HarmAfter.Bit) != 0)
            {
                i = Math.Max(i, share + 1);
                continue;
            }

            if (CountsHouseholds(text, tokens, noun))
            {
                // "five civilians belonging to one family": households, not people.
                i = Math.Max(i, noun.End - 1);
                continue;
            }

            if (noun.Found && Speaks(text, tokens, noun.End, s.End))
            {
                // "killing 21 residents, a local government official said": who tells of the dead, not one of them.
                i = Math.Max(i, noun.End - 1);
                continue;
            }

            var listed = OnlyListWords(text, tokens, prevEnd, fig.First);
            // ("Police and the local hospital: 9 dead": a colon before the sentence's first figure ends a label.)
            var cue = BreakdownCue(text, tokens, fig.First, s.First) &&
                      !(tokens[fig.First - 1].Of(text) is ":" && (parent is null || parent.Sentence != s.Index));
            // ("22 fatalities (13 people from the cattle camps and 9 raiders)": every item of a bracket that breaks a
            // toll down is a part of it, whatever words the one before ends with.)
            var bracketed = prevBreakdown && !listed && fig.First - 1 > prevEnd && tokens[fig.First - 1].Of(text) is "and" or "," &&
                            prevFirst >= 0 && InBrackets(text, tokens, s.First, prevFirst) && !Closes(text, tokens, prevFirst, fig.First);
            // ("among them a mother and her three children": a kin group listed after a part is a part too.)
            var kinListed = !listed && fig.First - 1 > prevEnd && IsOneOf(tokens[fig.First - 1].Of(text), ["his", "her", "their"]) &&
                            OnlyListWords(text, tokens, prevEnd, fig.First - 1);
            var breakdown = noun.Breakdown || cue || (prevBreakdown && (listed || bracketed || kinListed));
            var appositive = !breakdown && Appositive(text, tokens, fig.First, parent, s, noun.Category);
            // "including three women and six children, and up to 30 civilians": the parent's own category again is
            // another figure for the parent, not a part of it.
            // But "among them 16 students and two Turkish nationals": a narrower noun is a part all the same.
            breakdown &= !(prevBreakdown && listed && !noun.Breakdown && parent is not null && noun.Category == parent.Category &&
                           !cue &&
                           !(noun is { Found: true, Category: VictimCategory.Total } && !IsOneOf(tokens[noun.End - 1].Of(text), GenericNouns)) &&
                           !UnknownNounAfter(text, tokens, fig, s));
            // ("killing at least 17 civilians, among them 4 women, and one MINUSCA peacekeeper": fighters listed after a
            // civilian toll's part are no part of it, nor civilians after a fighters' toll.)
            breakdown &= !(prevBreakdown && !noun.Breakdown && !cue && parent is not null && Opposed(parent.Category, noun.Category));
            // (In a list of singled-out people a person's kin group joins too: "killed Karim, his three sons and …".)
            var kinGroup = fig.First - 1 >= s.First && IsOneOf(tokens[fig.First - 1].Of(text), ["his", "her", "their"]);
            var coordinated = !breakdown && parent is not null && parent.Sentence == s.Index &&
                              (listed || JoinedToPrevious(text, tokens, prevEnd, fig.First, parent.Detail && (fig.Detail || kinGroup)));
            var found = FindHarm(text, tokens, fig, noun, s);
            // "Airwars identified the names of nine victims, including four children": the dead named so far are a part
            // of the toll, not a toll; what they include is the toll's.
            var identified = found is null && IdentifiedDead(text, tokens, fig, noun, s);
            if (identified)
            {
                found = new HarmLink(HarmKind.Killed);
                breakdown = true;
                coordinated = false;
            }

            var withPerson = false;
            if (found is null && (noun.Found || fig.Detail) && Alongside(text, tokens, fig.First, s.First) is { } joined)
            {
                // People killed along with the people before them add up with them.
                found = new HarmLink(joined.Harm, Before: joined.Start);
                coordinated |= !breakdown && parent is not null && parent.Sentence == s.Index && parent.Harm == joined.Harm;
                // "Huda was killed alongside her three children": with the person the sentence singles out.
                withPerson = !breakdown && parent is null && joined.Start - 1 >= s.First &&
                             (tokens[joined.Start - 1].Of(text) is "was" ||
                              (tokens[joined.Start].Of(text) is "lost" && joined.Start + 1 < s.End && tokens[joined.Start + 1].Of(text) is "his" or "her"));
            }

            // "… were killed, three children were injured": a verb of its own makes a clause of its own.
            breakdown |= appositive && !(found is { After: >= 0 } o && o.After - Math.Max(noun.End, fig.End) <= 2);
            coordinated &= !breakdown;
            // "Of those killed, eight were children and five were women": the next part of a breakdown with no toll
            // before it in the sentence shares the harm of the part before ("18 of the dead are civilians, among them
            // six children").
            var harm = found ?? ((breakdown || coordinated) && parent is not null ? new HarmLink(parent.Harm)
                : breakdown && prevBreakdown && (listed || cue) && prevBreakdownHarm is { } shared ? new HarmLink(shared) : null);
            // ("… and 30 civilians were wounded": a harm word right after the noun is the figure's own; not "two
            // children, and wounded 14 others".)
            var ownHarm = harm is { Before: < 0, After: >= 0 } adjacent && adjacent.After - Math.Max(noun.End, fig.End) <= 2 &&
                          tokens[Math.Max(noun.End, fig.End)].Of(text) is not ",";
            if (breakdown && parent is not null && parent.Sentence == s.Index && harm is { Before: < 0, After: >= 0 } later &&
                later.Harm != parent.Harm && !ownHarm &&
                (IsFiner(noun.Category, parent.Category) || fig.Detail || (cue && noun.Category == VictimCategory.Total)))
            {
                // "27 were killed, among them 9 children and 6 women, and 14 others were wounded": a breakdown belongs
                // to the figure it breaks down, not to a harm word further on that belongs to the next figure; so does
                // one person in it ("— among them a deputy governor and two children — and dozens wounded"), and so do
                // people "including" names by no finer word ("including nine members of its staff, and 11 others injured").
                harm = new HarmLink(parent.Harm);
            }
            else if (breakdown && parent is not null && harm is { } own && own.Harm != parent.Harm && (!IsFiner(noun.Category, parent.Category) || ownHarm))
            {
                // "… among them 9 children and 6 women, and 14 others were wounded": other people, other harm.
                breakdown = false;
            }
            if (harm is not { } h)
            {
                i = Math.Max(i, fig.End - 1);
                continue;
            }

            var counted = !breakdown || parent is null || IsFiner(noun.Category, parent.Category);
            var clause = coordinated && h.Harm == parent!.Harm ? parent.Clause : fig.Detail || withPerson ? DetailClause(s) : into.Count;
            // People listed after a singled-out person ("killed Omar and his wife") are details too, and add up with him.
            var mention = MakeMention(text, tokens, s, fig, noun, h, (breakdown && parent is not null) || identified, clause, coordinated && !parent!.Detail);
            if (noun.Breakdown)
            {
                mention = mention with { Share = true };
            }

            // "17 bodies had so far been recovered", "rescuers have so far pulled 12 bodies": a count still rising is a
            // floor.
            if (!fig.Detail && mention.Range is { Max: int stated } exact && exact.Min == stated && SoFar(text, tokens, fig.First, Math.Max(noun.End, fig.End), s))
            {
                mention = mention with { Range = FigureRange.AtLeast(stated) };
            }

            // 'AFRICOM said the strike killed "four terrorists"': the fighters a party claims, in its own quoted words, are
            // its count of the dead, told beside the others' counts of them, not more dead.
            // (Fighters counted before are counted again: "killing 8 soldiers … saying they had killed "15 soldiers"".)
            if (!fig.Detail && mention is { Category: VictimCategory.Combatants, Harm: HarmKind.Killed } && QuotedClaim(text, tokens, fig, noun, s) &&
                !into.Exists(m => m is { Category: VictimCategory.Combatants, Harm: HarmKind.Killed }))
            {
                mention = mention with { Category = VictimCategory.Total };
            }

            // "eliminated Hamas battalion commander Ahmad Said": a fighter's or a civilian's title before a name says who
            // the person was.
            if (fig.Detail && mention.Category == VictimCategory.Total && fig.First - 1 > s.First && char.IsLower(text[tokens[fig.First - 1].Start]) &&
                _v.Victims.Match(text, tokens, fig.First - 1, fig.First) is { Length: 1, Value: VictimCategory.Combatants or VictimCategory.Civilians } title)
            {
                mention = mention with { Category = title.Value };
            }

            // "… Ahmad Said and two other terrorists": the person named before "other" people is one of their kind.
            if (noun.Found && noun.Category is VictimCategory.Combatants or VictimCategory.Civilians && OtherOfTheirKind(text, tokens, fig, noun) &&
                into.Count > firstOwn && into[^1] is { Detail: true, Category: VictimCategory.Total, Name: not null } named && named.Sentence == s.Index &&
                named.Range == FigureRange.Exactly(1))
            {
                into[^1] = named with { Category = noun.Category };
            }

            // "killing Usamah al-Muhajir, an ISIS leader": a person described after a comma is the person just named, not
            // one more; what the description tells (a fighter, a child) is that person's.
            if (DescribesNamed(text, tokens, s, fig, into, firstOwn) is int described)
            {
                if (mention.Category is not (VictimCategory.Total or VictimCategory.Civilians))
                {
                    into[described] = into[described] with { Category = mention.Category };
                }

                i = Math.Max(i, Math.Max(noun.End, fig.End) - 1);
                continue;
            }

            // "10 civilians were killed and dozens more injured": others than the people of another harm just before them
            // in the sentence are no more than this harm's people told elsewhere; they are another count of them.
            if (mention.Additional && noun.Additional && !breakdown && parent is not null && parent.Sentence == s.Index && parent.Harm != h.Harm)
            {
                mention = mention with { Additional = false };
            }

            if (!breakdown && Revises(text, tokens, fig.First, s.First))
            {
                mention = mention with { Revision = true };
            }
            else if (!breakdown && EarlyToll(text, tokens, fig.First, s.First))
            {
                mention = mention with { Early = true };
            }
            else if (!breakdown && RisenTo(text, tokens, fig.First, s.First))
            {
                mention = mention with { Risen = true };
            }

            // "including four women, eight children, and an infant boy": one more child, listed after the children;
            // "including 2 boys and 3 girls" is five children (but "4 children, 2 of them girls" breaks the four down,
            // and so does "11 children (five boys and six girls)").
            if (breakdown && prevBreakdown && listed && !noun.Breakdown && prevBreakdownCategory == mention.Category &&
                (fig.Detail || !InBrackets(text, tokens, s.First, fig.First)))
            {
                mention = mention with { Additional = true };
            }

            if (counted && (!breakdown || mention.Category != VictimCategory.Total || parent is null))
            {
                into.Add(mention);
                // "Muhammad Al-Najjar, along with 15 family members, were killed": the person named is one more.
                if (!fig.Detail && !breakdown && h is { Before: < 0, After: >= 0 } && NamedBeforeJoiner(text, tokens, fig.First, s.First) is { } person)
                {
                    into.Add(new Mention(h.Harm, BySex(VictimCategory.Total, person.Key), FigureRange.Exactly(1), false, false, true, s.Index,
                                         tokens[person.First].Start, tokens[person.End - 1].End, into.Count, Name: person.Key));
                }
            }

            prevBreakdownCategory = breakdown ? mention.Category : null;
            prevBreakdownHarm = breakdown ? mention.Harm : null;

            if (!breakdown)
            {
                parent = mention;
            }

            prevBreakdown = breakdown;
            prevEnd = Math.Max(noun.End, fig.End);
            // ("1 escaped inmate and 5 gunmen": the words of an item the lexicon does not know are the item's.)
            for (var words = 0; breakdown && !noun.Found && words < 3 && prevEnd < s.End && UnknownWord(text, tokens[prevEnd]); words++)
            {
                prevEnd++;
            }

            prevFirst = fig.First;
            prevListedKin = IsListedKin(text, tokens, fig);
            if (!fig.Detail && !fig.Vague && fig.Range.Min >= 2 && ListOfMembers(text, tokens, prevEnd, s, harm is { Before: >= 0 }) is int listAt)
            {
                members = Math.Min(fig.Range.Max ?? fig.Range.Min, 30);
                // The list is read from its colon or comma on: "of one family" counts no one.
                prevEnd = listAt;
                dashList = tokens[listAt].Of(text) is "," or ":" ? dashList : listAt;
            }

            i = prevEnd - 1;
        }

        // (The readings below that need a verb of their own are passed over where the sentence has none: its class bits tell.)
        var bits = s.ClassBits(tokens);
        AmongTheCounted(text, tokens, s, into, firstOwn);
        ListOfTheDead(text, tokens, s, into, firstOwn, dashList, bits);
        if ((bits & Vocabulary.SubjectVerbBit) != 0)
        {
            NamedSubjects(text, tokens, s, into, firstOwn);
        }

        if ((bits & Vocabulary.PassiveVerbBit) != 0)
        {
            SingularPassive(text, tokens, s, into, firstOwn);
        }

        DiedOfInjuries(text, tokens, s, into, firstOwn);
    }

    // "Two militants and a five-year-old girl were among the 10 people killed": the people before "were among" and a
    // toll are part of that toll, however many groups name them.
    private static readonly SearchValues<string> Among = Sentence.Words("among");

    private static void AmongTheCounted(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn)
    {
        if (into.Count - firstOwn < 2 || !s.Mentions(text, tokens, Among))
        {
            return;
        }

        for (var k = s.First + 1; k + 1 < s.End; k++)
        {
            if (!tokens[k].Of(text).Equals("among", StringComparison.OrdinalIgnoreCase) ||
                !IsOneOf(tokens[k - 1].Of(text), ["were", "was", "are", "is", "also"]))
            {
                continue;
            }

            var at = tokens[k].End;
            var toll = into.FindIndex(firstOwn, m => m.Start >= at && !m.Detail && !m.Breakdown && m.Category is VictimCategory.Total);
            if (toll < 0)
            {
                return;
            }

            for (var i = firstOwn; i < into.Count; i++)
            {
                if (into[i].End <= tokens[k].Start && into[i].Harm == into[toll].Harm && into[i].Category != VictimCategory.Total)
                {
                    into[i] = into[i] with { Breakdown = true, Additional = false, Clause = -1 };
                }
            }

            return;
        }
    }

    // "… was injured in his home, and later died from his injuries": the injured died, so they count as killed.
    private static void DiedOfInjuries(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn)
    {
        DiedOfWhom(text, tokens, s, into, firstOwn);
        for (var i = firstOwn; i < into.Count; i++)
        {
            if (into[i].Harm != HarmKind.Injured || into[i].Range.Max is not (>= 1 and <= 2))
            {
                continue;
            }

            for (var k = s.First + 1; k + 1 < s.End; k++)
            {
                if (tokens[k].Start < into[i].End)
                {
                    continue;
                }

                var w = tokens[k].Of(text);
                if ((w is "died" && tokens[k - 1].Of(text) is "later" or "subsequently" or "then" && tokens[k + 1].Of(text) is "of" or "from") ||
                    (w is "succumbed" && tokens[k + 1].Of(text) is "to"))
                {
                    into[i] = into[i] with { Harm = HarmKind.Killed };
                    break;
                }
            }
        }
    }

    // "wounding seven policemen, two of whom later died in hospital": those who died are dead, not wounded.
    private static readonly SearchValues<string> WhomWord = Sentence.Words("whom");

    private static void DiedOfWhom(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn)
    {
        // (Most sentences have no "whom": one vectorised search spares them the token loop.)
        if (into.Count == firstOwn || !s.Mentions(text, tokens, WhomWord))
        {
            return;
        }

        for (var k = s.First + 1; k + 3 < s.End; k++)
        {
            if (tokens[k + 1].Of(text) is not "of" || tokens[k + 2].Of(text) is not "whom" ||
                (tokens[k].Kind == TokenKind.Number ? (int?)Math.Min(tokens[k].Value, 1000) : NumberWords.Parse(text, tokens, k, k + 1)?.Value) is not { } died)
            {
                continue;
            }

            var verb = k + 3;
            while (verb < Math.Min(s.End, k + 6) && tokens[verb].Of(text) is "later" or "subsequently" or "then" or "have" or "had")
            {
                verb++;
            }

            if (verb >= s.End || tokens[verb].Of(text) is not ("died" or "succumbed"))
            {
                continue;
            }

            var i = into.FindLastIndex(m => m.Harm == HarmKind.Injured && m.Sentence == s.Index && m.End <= tokens[k].Start);
            if (i < firstOwn || into[i].Range.Max is not int wounded || into[i].Range.Min != wounded || died > wounded)
            {
                continue;
            }

            into[i] = into[i] with { Range = FigureRange.Exactly(wounded - died) };
            into.Add(new Mention(HarmKind.Killed, into[i].Category, FigureRange.Exactly(died), false, false, false, s.Index,
                                 tokens[k].Start, tokens[verb].End, into.Count));
        }
    }

    // Whether people just named go on to speak: a reporting verb after their noun ("a local official said", "a hospital
    // official and a resident told Reuters"), with no mark of punctuation or harm word between.
    private bool Speaks(string text, List<Token> tokens, int after, int end)
    {
        // ("a local official and the state emergency agency said": two speakers.)
        for (var k = after; k < end && k < after + 8; k++)
        {
            var t = tokens[k];
            // ("Several others were said to have been injured": a passive tells of them; "six children who they said
            // were killed", "higher than five civilians as the site wrote": another clause's subject speaks.)
            if (t.Kind == TokenKind.Punct || (t.Classes & (_v.HarmAfter.Bit | _v.HarmBefore.Bit)) != 0 ||
                IsOneOf(t.Of(text), ["was", "were", "is", "are", "been", "be", "who", "whom", "that", "which", "whose", "they", "he",
                                     "she", "it", "we", "as", "than", "when", "while", "after", "before", "because", "of"]))
            {
                return false;
            }

            if ((t.Classes & _v.Reporting.Bit) != 0 && _v.Reporting.Match(text, tokens, k, end) is not null)
            {
                // ("2 people confirmed dead": a harm word after the verb makes it the figure's own.)
                return !(k + 1 < end && (tokens[k + 1].Classes & _v.HarmAfter.Bit) != 0);
            }
        }

        return false;
    }

    private HarmLink? FindHarm(string text, List<Token> tokens, Figure fig, VictimNoun noun, Sentence s) =>
        (Before(text, tokens, fig.First, s.First) ?? (fig.Detail && !noun.Found ? TitledBefore(text, tokens, fig.First, s) : null)) is { } hb
            ? (Permitted(text, tokens, hb.Start, s.First) || EitherHarm(text, tokens, hb.Start, hb.Harm, s.First) ? null : new HarmLink(hb.Harm, Before: hb.Start))
        // "14 bodies were recovered": bodies are the dead, whatever harm word comes later ("85 bodies were buried and 66
        // people treated for injuries").
        : noun.Found && tokens[noun.End - 1].Of(text) is "bodies" or "corpses" ? new HarmLink(HarmKind.Killed)
        : AdjectivalHarm(text, tokens, fig, noun) is { } adjective ? new HarmLink(adjective)
        // "18 of the dead are civilians".
        : noun is { Found: true, Breakdown: true } && DeadShare(text, tokens, fig.End) is { } shared ? new HarmLink(shared)
        : After(text, tokens, noun, fig, s) is { } ha ? new HarmLink(ha.Harm, After: ha.End)
        : Toll(text, tokens, fig.First, s) is { } ht ? new HarmLink(ht)
        : AmongTheDead(text, tokens, fig.First, s.First) is { } hd ? new HarmLink(hd)
        // "The Taliban lost 6 fighters", "the family lost two sons": people lost are dead. (Not "lost 3 homes": the
        // noun must name people.)
        : noun.Found && fig.First - 1 >= s.First && tokens[fig.First - 1].Of(text) is "lost" ? new HarmLink(HarmKind.Killed, Before: fig.First - 1)
        : null;

    // Whether a bracket closes between two tokens.
    private static bool Closes(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Of(text) is ")")
            {
                return true;
            }
        }

        return false;
    }

    // "bomber also died", "attacker was killed": one attacker's death after "The" (the end of the harm word, or null).
    private int? SelfDeath(string text, List<Token> tokens, int at, int end)
    {
        var k = at + (at < end && tokens[at].Of(text) is "suicide" ? 1 : 0);
        if (k >= end || !IsOneOf(tokens[k].Of(text), ["bomber", "attacker", "assailant", "gunman"]))
        {
            return null;
        }

        k++;
        k += k < end && tokens[k].Of(text) is "also" ? 1 : 0;
        if (k < end && tokens[k].Of(text) is "died")
        {
            return k + 1;
        }

        return k + 1 < end && tokens[k].Of(text) is "was" && tokens[k + 1].Of(text) is "killed" ? k + 2 : null;
    }

    // "identified the names of nine victims", "has so far identified 19 of the victims by name".
    private static bool IdentifiedDead(string text, List<Token> tokens, Figure fig, VictimNoun noun, Sentence s)
    {
        if (!noun.Found || !IsOneOf(tokens[noun.End - 1].Of(text), ["victims", "dead", "people", "individuals", "persons"]))
        {
            return false;
        }

        for (var k = fig.First - 1; k >= Math.Max(s.First, fig.First - 5); k--)
        {
            var w = tokens[k].Of(text);
            if (w is "identified")
            {
                return true;
            }

            if (w is not ("the" or "names" or "of" or "so" or "far" or "now" or "also"))
            {
                return false;
            }
        }

        return false;
    }

    // The victim noun opening a harm label ("Civilians killed:", "Civilians reported killed:"), if any.
    private VictimCategory? LabelVictims(List<Token> tokens, string text, int colon, int sentenceFirst)
    {
        // ("Deaths recorded:", "Civilians reported killed:": a reporting word may stand after or before the harm word.)
        var harmWord = IsOneOf(tokens[colon - 1].Of(text), LabelReporting) ? colon - 2 : colon - 1;
        var end = harmWord - 1 >= sentenceFirst && IsOneOf(tokens[harmWord - 1].Of(text), LabelReporting) ? harmWord - 1 : harmWord;
        for (var start = end - 1; start >= Math.Max(sentenceFirst, end - 3); start--)
        {
            if (_v.Victims.Match(text, tokens, start, end) is { } m && start + m.Length == end)
            {
                return m.Value;
            }
        }

        return null;
    }

    private static readonly string[] LabelReporting = ["recorded", "reported", "confirmed", "documented", "verified"];

    private Mention MakeMention(string text, List<Token> tokens, Sentence s, Figure fig, VictimNoun noun, HarmLink h,
                                bool breakdown, int clause, bool coordinated)
    {
        // "put the civilian death toll at 70": the toll's own adjective names the victims.
        var category = noun.Category;
        if (h.Before < 0 && category == VictimCategory.Total && Toll(text, tokens, fig.First, s) is not null &&
            HasWordBefore(text, tokens, s.First, fig.First, "civilian", "civilians"))
        {
            category = VictimCategory.Civilians;
        }

        // "Civilians killed: 1", "Children reported killed: 3": a label's own victim noun names the figure's people. A
        // record's field counts those among the dead, not all of them ("killing three people … Civilians killed: 1").
        var labelledShare = false;
        if (category == VictimCategory.Total && !noun.Found && fig.First - 1 > s.First && tokens[fig.First - 1].Of(text) is ":" &&
            LabelVictims(tokens, text, fig.First - 1, s.First) is { } labelled)
        {
            category = labelled;
            labelledShare = true;
        }

        // The evidence runs from the harm word or figure to the noun, or to a harm word close after it.
        var start = h.Before >= 0 ? tokens[h.Before].Start : tokens[fig.First].Start;
        var endToken = Math.Max(noun.End, fig.End) - 1;
        var end = h.After >= 0 && h.After - endToken <= 6 ? tokens[h.After].End : tokens[endToken].End;

        // "Also" adds fighters to a toll ("6 militants were also killed"), but civilians, relatives or children "also
        // killed" are, in reports that lead with a toll and then name the dead, among the dead already counted.
        var also = HasAdditionCue(text, tokens, Math.Max(s.First, fig.First - 3), h.After >= 0 ? h.After : noun.End);
        var additional = noun.Additional || (category is VictimCategory.Combatants && also);
        // (Civilians "also killed" are a part of the dead told, not another source's toll: "Five people were killed. Two
        // farmers were also killed.")
        var alsoPart = also && category is VictimCategory.Civilians && !noun.Additional;
        // The name follows the noun ("a 91-year-old Palestinian woman, Alia …"): capitals before it are adjectives.
        var name = fig.Detail && fig.Range.Min == 1 ? NameKey(text, tokens, noun.Found ? noun.End : fig.First, Math.Min(s.End, Math.Max(noun.End, fig.End) + 6)) : null;
        // "Mariam, their third child, was killed": the name before an appositive that the verb follows.
        var close = Math.Max(noun.End, fig.End);
        if (name is null && fig.Detail && fig.First - 2 >= s.First && tokens[fig.First - 1].Of(text) is "," && close + 1 < s.End &&
            tokens[close].Of(text) is "," && tokens[close + 1].Of(text) is "was")
        {
            name = NameKeyBefore(text, tokens, fig.First - 1, s.First);
        }

        category = BySex(category, name);
        var side = category == VictimCategory.Combatants ? SideOf(text, tokens, fig.First, Math.Max(noun.End, fig.End)) : (sbyte)0;
        // ("killing 17 of the insurgents" is a toll all the same: only a part named as the subject, "14 of the
        // victims were children", is a detail of a toll told elsewhere.)
        return new Mention(h.Harm, category, fig.Range, fig.Vague, breakdown, additional, s.Index, start, end, clause,
                           fig.OpenMin, (fig.Detail && !coordinated) || (noun.Partial && h.Before < 0), name, Side: side, Share: labelledShare || alsoPart, Labelled: labelledShare);
    }

    // "… 14 staff members and four caretakers", "1 civilian, 1 escaped inmate and 5 cartel gunmen": a noun the lexicon
    // does not know names people narrower than a toll's.
    private bool UnknownNounAfter(string text, List<Token> tokens, Figure fig, Sentence s) =>
        fig.End < s.End && UnknownWord(text, tokens[fig.End]);

    // Whether a bracket opened in [first, at) is still open at `at`.
    private static bool InBrackets(string text, List<Token> tokens, int first, int at)
    {
        var depth = 0;
        for (var k = first; k < at; k++)
        {
            depth += tokens[k].Of(text) is "(" ? 1 : tokens[k].Of(text) is ")" && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    // A lower-case word no lexicon of the rules knows.
    private bool UnknownWord(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || (t.Classes & _v.NotNameBits) != 0)
        {
            return false;
        }

        var w = t.Of(text);
        return w.Length > 3 && char.IsLower(w[0]);
    }

    // The previous figure [first, end) ends in a kin word and is not itself an item of a comma list.
    private bool RenamesKin(string text, List<Token> tokens, int first, int end, Sentence s) =>
        end > 0 && first >= s.First && (first == s.First || tokens[first - 1].Of(text) is not ",") &&
        _v.Victims.Match(text, tokens, end - 1, s.End) is not null &&
        // (An age before a victim noun is another person's: "his wife, 13-year-old son and daughter".)
        (Age(text, tokens, end + 1, s.End) is not { } age || age.End >= s.End || _v.Victims.Match(text, tokens, age.End, s.End) is null);

    // "Counselor Muhammad Al-Najjar, along with 15 family members, …": the name run (two words or more) just before
    // ", along with" and the figure, and its key.
    private static (int First, int End, string Key)? NamedBeforeJoiner(string text, List<Token> tokens, int figFirst, int sentenceFirst)
    {
        var k = figFirst - 1;
        var joiner = k >= sentenceFirst ? JoinerBefore(text, tokens, k, sentenceFirst) : 0;
        k -= joiner;
        if (joiner == 0 || k - 1 < sentenceFirst || tokens[k].Of(text) is not ",")
        {
            return null;
        }

        var end = k;
        var first = end;
        while (first - 1 >= sentenceFirst && InName(text, tokens, first - 1))
        {
            first--;
        }

        // A name of two words or more (a lone capitalised word may open the sentence), that nothing but the
        // sentence's opening phrase comes before.
        return end - first >= 2 && IsName(text, tokens[first]) && NameKeyBefore(text, tokens, end, first) is { } key ? (first, end, key) : null;
    }

    // "injured or killed civilians": one figure for either harm says nothing certain about either.
    private bool EitherHarm(string text, List<Token> tokens, int harmStart, HarmKind harm, int sentenceFirst) =>
        harmStart - 2 >= sentenceFirst && tokens[harmStart - 1].Of(text) is "or" &&
        (_v.HarmAfter.Match(text, tokens, harmStart - 2, harmStart - 1) ?? _v.HarmBefore.Match(text, tokens, harmStart - 2, harmStart - 1)) is { } other &&
        other.Value != harm;

    // "the army authorised the killing of up to 300 civilians": a harm allowed or threatened has not happened.
    private static bool Permitted(string text, List<Token> tokens, int harmStart, int sentenceFirst)
    {
        // "could kill dozens", "tried to kill the governor": a harm not done (but "may have killed" is reported).
        if (harmStart - 1 >= sentenceFirst && (tokens[harmStart - 1].Of(text) is "to" || IsOneOf(tokens[harmStart - 1].Of(text), Modals)))
        {
            return true;
        }

        for (var k = harmStart - 1; k >= Math.Max(sentenceFirst, harmStart - 3); k--)
        {
            if (IsOneOf(tokens[k].Of(text), ["authorised", "authorized", "approved", "permitted", "sanctioned", "threatened", "allowed", "risked", "risking"]))
            {
                return true;
            }

            // "in reprisal for the killing of two fighters": an earlier harm given as the motive, not this attack's.
            if (tokens[k].Of(text) is "for" && k - 1 >= sentenceFirst && IsOneOf(tokens[k - 1].Of(text), ["reprisal", "retaliation", "revenge", "vengeance"]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Modals = ["could", "would", "will", "might", "may", "can", "should", "must"];

    private static bool SoFar(string text, List<Token> tokens, int first, int end, Sentence s)
    {
        for (var k = Math.Max(s.First, first - 4); k + 1 < Math.Min(s.End, end + 5); k++)
        {
            // ("85 bodies had been buried so far and 66 people were being treated": the 66 are no such count.)
            if ((k < first || k >= end) && tokens[k].Of(text) is "so" && tokens[k + 1].Of(text) is "far" &&
                !(k + 2 < s.End && tokens[k + 2].Of(text) is "this" or "in" or "today") && !(k < first && Joined(text, tokens, k + 2, first)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Joined(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Of(text) is "and" or "," or "while" or "but")
            {
                return true;
            }
        }

        return false;
    }

    // "and two other terrorists": "other" between the figure and its noun, "and" before the figure.
    private static bool OtherOfTheirKind(string text, List<Token> tokens, Figure fig, VictimNoun noun) =>
        fig.First > 0 && tokens[fig.First - 1].Of(text) is "and" && fig.End < noun.End && tokens[fig.End].Of(text) is "other";

    // The index of the person a figure describes ("Usamah al-Muhajir, an ISIS leader."): one person ("a"/"an" and a
    // noun) after a comma just after a person singled out by name, the description closing the sentence or a clause.
    private static int? DescribesNamed(string text, List<Token> tokens, Sentence s, Figure fig, List<Mention> into, int firstOwn)
    {
        // (The article may stand before the figure: "a 12-year-old boy".)
        var article = tokens[fig.First].Of(text) is "a" or "an" ? fig.First
            : fig.First - 1 > s.First && tokens[fig.First - 1].Of(text) is "a" or "an" ? fig.First - 1 : -1;
        if (fig.Range != FigureRange.Exactly(1) || article - 2 < s.First || tokens[article - 1].Of(text) is not "," || into.Count <= firstOwn)
        {
            return null;
        }

        var named = into[^1];
        if (named is not { Detail: true, Category: VictimCategory.Total } || named.Range != FigureRange.Exactly(1) || named.Sentence != s.Index ||
            named.End > tokens[article - 2].End || named.Name is null)
        {
            return null;
        }

        // (The rest of the name may stand between: "Usamah al-Muhajir".)
        for (var n = article - 2; n > s.First && tokens[n].End > named.End; n--)
        {
            if (!IsName(text, tokens[n]) && tokens[n].Of(text) is not "-" && !IsOneOf(tokens[n].Of(text), NameParticles))
            {
                return null;
            }
        }

        var k = article + 1;
        while (k < s.End && tokens[k].Of(text) is not ("," or "." or ";" or "and"))
        {
            k++;
        }

        return k >= s.End || tokens[k].Of(text) is "." or ";" || (tokens[k].Of(text) is "," && !(k + 1 < s.End && tokens[k + 1].Of(text) is "and"))
            ? into.Count - 1 : null;
    }

    // "2 families were killed", "one family": a count of households says nothing of how many people.
    private static bool CountsHouseholds(string text, List<Token> tokens, VictimNoun noun) =>
        noun.Found && IsOneOf(tokens[noun.End - 1].Of(text), ["family", "families", "household", "households"]);

    // "At least five people were killed, a woman and four children": people named right after the toll's own harm
    // word and a comma are the toll told again, part by part.
    private bool Appositive(string text, List<Token> tokens, int first, Mention? parent, Sentence s, VictimCategory category)
    {
        if (parent is null || parent.Sentence != s.Index || parent.Detail || first - 2 < s.First || tokens[first - 1].Of(text) is not ",")
        {
            return false;
        }

        // "Five civilians, three men and two women, were killed": the parts follow the counted noun itself.
        if (tokens[first - 2].End == parent.End && tokens[first - 2].Start >= parent.Start && !parent.Vague && IsFiner(category, parent.Category))
        {
            return true;
        }

        var harmEnd = first - 2;
        for (var start = harmEnd; start >= Math.Max(s.First, harmEnd - 2); start--)
        {
            if (_v.HarmAfter.Match(text, tokens, start, first - 1) is { } m && start + m.Length == first - 1 && m.Value == parent.Harm)
            {
                return tokens[harmEnd].End == parent.End;
            }
        }

        return false;
    }

    // Most tokens cannot start a figure: a number, a figure word, a victim noun, or a capitalised name after a harm word.
    // "The government later revised the toll down to 35", "lowered the death toll to 35"; and another source's count
    // after an inquiry, "A later Human Rights Watch investigation confirmed 12 civilian deaths", "Reprieve documented
    // 10 civilian deaths by name" (but not "documented 8 of the dead": a part).
    private static bool Revises(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        for (var k = first - 1; k >= Math.Max(sentenceFirst, first - 8); k--)
        {
            var w = tokens[k].Of(text);
            if (w.StartsWith("revis", StringComparison.OrdinalIgnoreCase) || w.StartsWith("lower", StringComparison.OrdinalIgnoreCase) ||
                w.StartsWith("correct", StringComparison.OrdinalIgnoreCase) || w.StartsWith("downgrad", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return (first - 1 >= sentenceFirst && first + 1 < tokens.Count && tokens[first - 1].Of(text) is "confirmed" or "documented" or "verified" &&
                tokens[first + 1].Of(text) is not "of") ||
               TollPutAt(text, tokens, first, sentenceFirst);
    }

    // "The governor initially reported three dead", "a preliminary toll of 12": a toll told as an early one.
    private static bool EarlyToll(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        for (var k = first - 1; k >= Math.Max(sentenceFirst, first - 6); k--)
        {
            var w = tokens[k].Of(text);
            if (w is "initially" or "Initially" or "originally" or "Originally" or "initial" or "preliminary" or "Preliminary")
            {
                return true;
            }

            // (Within the figure's own clause.)
            if (w is ";" or "but" or "later" or "then")
            {
                return false;
            }
        }

        return false;
    }

    // A figure and its noun opened by a quotation mark just before the figure ('killed "more than 60 servicemen"').
    private static bool QuotedClaim(string text, List<Token> tokens, Figure fig, VictimNoun noun, Sentence s) =>
        fig.First - 1 >= s.First && tokens[fig.First - 1].Of(text) is "“" or "\"" &&
        Math.Max(noun.End, fig.End) is var end && end < s.End && tokens[end].Of(text) is "”" or "\"";

    // "the toll rose to five", "had risen to at least 12", "rose to over 40".
    private static bool RisenTo(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        var to = first - 2 >= sentenceFirst && tokens[first - 1].Of(text) is "least" && tokens[first - 2].Of(text) is "at" ? first - 3
            : first - 1 >= sentenceFirst && tokens[first - 1].Of(text) is "over" ? first - 2
            : first - 1;
        return to - 1 >= sentenceFirst && tokens[to].Of(text) is "to" && IsOneOf(tokens[to - 1].Of(text), RisingVerbs);
    }

    // "The UN office put the civilian toll at 12", "the Ministry of Health gave a toll of 31": another source's toll
    // (not an early one, superseded: "initially put the toll at 17").
    private static bool TollPutAt(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        if (first - 2 < sentenceFirst || tokens[first - 1].Of(text) is not ("at" or "of"))
        {
            return false;
        }

        for (var k = sentenceFirst; k < first; k++)
        {
            if (tokens[k].Of(text) is "initially" or "earlier" or "first" or "previously" or "originally")
            {
                return false;
            }
        }

        for (var k = first - 2; k >= Math.Max(sentenceFirst, first - 4); k--)
        {
            if (tokens[k].Of(text) is not "toll")
            {
                continue;
            }

            // ("put the civilian toll at", "gave a toll of": the verb a few words before.)
            for (var v = k - 1; v >= Math.Max(sentenceFirst, k - 3); v--)
            {
                if (tokens[first - 1].Of(text) is "at" ? tokens[v].Of(text) is "put" or "puts" or "placed" : tokens[v].Of(text) is "gave" or "gives" or "reported")
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    // "four members of one family: …", "four people, a man, his wife and …": a list of the people just counted
    // follows the noun (and its "of" phrase) after a colon or dash, or after a comma when the noun is a plain one.
    private static int? ListOfMembers(string text, List<Token> tokens, int nounEnd, Sentence s, bool harmBefore)
    {
        var k = nounEnd;
        if (k < s.End && tokens[k].Of(text) is "of")
        {
            var stop = Math.Min(s.End, k + 7);
            while (k < stop && tokens[k].Of(text) is not ("," or ":" or "–" or "—") && !SpacedHyphen(text, tokens, k))
            {
                k++;
            }

            // "three members of the family – two women and a child –" is a breakdown (so with a spaced hyphen); but
            // after a harm word, "killing four members of one family — a father, a mother and their two daughters —"
            // lists them (the people singled out would otherwise count as more dead).
            if (k < s.End && (tokens[k].Of(text) is "–" or "—" || SpacedHyphen(text, tokens, k)) &&
                !(harmBefore && k + 1 < s.End && IsOneOf(tokens[k + 1].Of(text), ["a", "an", "his", "her", "their"])))
            {
                return null;
            }
        }

        if (k >= s.End)
        {
            return null;
        }

        var w = tokens[k].Of(text);
        return w is ":" or "–" or "—" || SpacedHyphen(text, tokens, k) ||
               (w is "," && k + 1 < s.End && IsOneOf(tokens[nounEnd - 1].Of(text), ["people", "members", "relatives", "persons", "individuals"]) &&
                IsOneOf(tokens[k + 1].Of(text), ["a", "an", "his", "her", "their"]))
            ? k : null;
    }

    // A bare number (no bound) just after the previous figure and a comma, closed by a comma, "and", a verb or the end.
    // ("their son Ali, 15": the person's name may stand between.)
    private static bool AgeAfterPerson(string text, List<Token> tokens, Figure fig, int prevEnd, Sentence s) =>
        prevEnd >= 0 && AfterName(text, tokens, prevEnd, fig.First - 1) == fig.First - 1 && fig.End == fig.First + 1 && tokens[fig.First - 1].Of(text) is "," &&
        tokens[fig.First] is { Kind: TokenKind.Number, Suffixed: false, Value: > 0 and < 120 } &&
        (fig.End >= s.End || tokens[fig.End].Of(text) is "," or "and" or "." or ")" or ";" or "were" or "was" or "died");

    // Past the capitalised words of a name from `k`, up to `limit`.
    private static int AfterName(string text, List<Token> tokens, int k, int limit)
    {
        while (k < limit && IsName(text, tokens[k]))
        {
            k++;
        }

        return k;
    }

    // A hyphen with spaces on both sides is a dash ("the family - two women and a child -"), not a word's.
    private static bool SpacedHyphen(string text, List<Token> tokens, int k) =>
        tokens[k].Of(text) is "-" && tokens[k].Start > 0 && text[tokens[k].Start - 1] == ' ' && tokens[k].End < text.Length && text[tokens[k].End] == ' ';

    // "four boys aged between 9 and 11", "aged 9, 11 and 40": the ages after "aged" are no count of people (but "a
    // man aged 40 and 3 children" goes on to a count).
    private int AgesEnd(string text, List<Token> tokens, int k, int end)
    {
        // (Ages in words too: "aged five and 11".)
        static bool IsAge(Token t) => t.Kind == TokenKind.Number || (t.Classes & Vocabulary.NumberWordBit) != 0;
        while (k < end && (IsAge(tokens[k]) ||
                           (k + 1 < end && IsAge(tokens[k + 1]) && tokens[k].Of(text) is "between" or "and" or "to" or "," or "-" or "–" or "from" &&
                            !(k + 2 < end && _v.Victims.Match(text, tokens, k + 2, end) is not null))))
        {
            k++;
        }

        return k;
    }

    private static bool Opposed(VictimCategory toll, VictimCategory part) =>
        (toll == VictimCategory.Civilians && part == VictimCategory.Combatants) ||
        (toll == VictimCategory.Combatants && part is VictimCategory.Civilians or VictimCategory.Children or VictimCategory.Women);

    // Whether a harm word of one to three words ends just before `i` ("killed the", "shot dead the").
    private bool HarmEndsAt(string text, List<Token> tokens, int i, int first)
    {
        for (var start = i - 1; start >= Math.Max(first, i - 3); start--)
        {
            if ((tokens[start].Classes & _v.HarmBefore.Bit) != 0 && _v.HarmBefore.Match(text, tokens, start, i) is { } m && start + m.Length == i)
            {
                return true;
            }
        }

        return false;
    }

    private bool MayStartFigure(string text, List<Token> tokens, int i, int first)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Number || (t.Classes & _v.FigureStartBits & ~Vocabulary.DeterminerBit) != 0)
        {
            return true;
        }

        // A determiner starts a figure of one ("a woman", "his son"); "the" only straight after a harm word
        // ("killed the director"), which keeps the commonest word from running every figure rule.
        if ((t.Classes & Vocabulary.DeterminerBit) != 0)
        {
            // (And after "including": "Fatalities coded as 13, including the perpetrator".)
            return !t.Of(text).Equals("the", StringComparison.OrdinalIgnoreCase) || HarmEndsAt(text, tokens, i, first) ||
                   (i > first && tokens[i - 1].Of(text) is "including");
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (IsPossessive(t.Of(text)))
        {
            return true;
        }

        if (!char.IsUpper(text[t.Start]))
        {
            return false;
        }

        for (var k = i - 1; k >= Math.Max(first, i - 6); k--)
        {
            if ((tokens[k].Classes & _v.HarmBefore.Bit) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Breakdown categories are subsets: children, women and men of civilians; anyone of an unqualified total.
    private static bool IsFiner(VictimCategory child, VictimCategory parent) => parent switch
    {
        VictimCategory.Total => child != VictimCategory.Total,
        VictimCategory.Civilians => child is VictimCategory.Children or VictimCategory.Women or VictimCategory.Men,
        _ => false,
    };

    // "also", "another", "additional", "further", "in addition": people beyond those already counted.
    private static bool HasAdditionCue(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k <= to && k < tokens.Count; k++)
        {
            var w = tokens[k].Of(text);
            if (w.Equals("also", StringComparison.OrdinalIgnoreCase) || w.Equals("another", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("additional", StringComparison.OrdinalIgnoreCase) || w.Equals("further", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("addition", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWordBefore(string text, List<Token> tokens, int first, int end, string a, string b)
    {
        for (var k = first; k < end; k++)
        {
            var w = tokens[k].Of(text);
            if (w.Equals(a, StringComparison.OrdinalIgnoreCase) || w.Equals(b, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
