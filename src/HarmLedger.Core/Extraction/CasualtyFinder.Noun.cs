using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>The victim-noun and breakdown rules of <see cref="CasualtyFinder"/>.</summary>
internal sealed partial class CasualtyFinder
{
    private static readonly string[] ListWords =
        [",", "and", "as", "well", "plus", "–", "—", "-", "&", "+", "in", "addition", "to", "along", "with", "together", "*"];

    private static readonly string[] HarmAdjectives = ["wounded", "injured", "dead"];

    // The harm word between a figure and its noun: "55 wounded people", "three dead soldiers".
    private static HarmKind? AdjectivalHarm(string text, List<Token> tokens, Figure fig, VictimNoun noun) =>
        noun.Found && fig.End < noun.End - 1 && fig.End < tokens.Count && IsOneOf(tokens[fig.End].Of(text), HarmAdjectives)
            ? tokens[fig.End].Of(text) is "dead" ? HarmKind.Killed : HarmKind.Injured
            : null;

    private VictimNoun Noun(string text, List<Token> tokens, Figure fig, Sentence s)
    {
        var breakdown = false;
        var partial = false;
        var civilianWord = false;
        var female = false;
        if (fig.Vague && tokens[fig.First].Of(text).Equals("others", StringComparison.OrdinalIgnoreCase))
        {
            return new VictimNoun(VictimCategory.Total, fig.End, true, false, true);
        }

        // "Of the 17 dead, 11 were children and four were women": a number said to be of a category breaks the toll down;
        // so does "18 of the dead are civilians".
        var be = fig.End + 3 < s.End && DeadShare(text, tokens, fig.End) is not null ? fig.End + 3 : fig.End;
        if (!fig.Detail && be + 1 < s.End && tokens[be].Of(text) is "were" or "are" &&
            _v.Victims.Match(text, tokens, be + 1, s.End) is { } said && IsPlural(tokens[be + 1].Of(text)) &&
            // ("nine of the dead were women who sold fish there", "… were children from the camp".)
            (be + 1 + said.Length == s.End || tokens[be + 1 + said.Length].Of(text) is "," or "and" or ";" or "." or ")" or "who" or "from" or "aged"))
        {
            return new VictimNoun(said.Value, be + 1 + said.Length, true, true, false);
        }

        var words = 0;
        var start = fig.End;
        int? age = null;
        if (fig.Detail && Age(text, tokens, fig.First, s.End) is { } own)
        {
            (age, start) = (own.Age, own.End);
        }

        for (var k = start; k < s.End && words < 5; k++)
        {
            var t = tokens[k];
            var w = t.Of(text);
            if (Age(text, tokens, k, s.End) is { } a)
            {
                (age, k) = (a.Age, a.End - 1);
                continue;
            }

            if (w.Equals("of", StringComparison.OrdinalIgnoreCase) && k + 1 < s.End &&
                (tokens[k + 1].Of(text) is "them" or "whom" or "those" or "the" or "his" or "her" or "their" or "its" or "our"))
            {
                breakdown |= tokens[k + 1].Of(text) is "them" or "whom";
                partial |= tokens[k + 1].Of(text) is not ("them" or "whom");
                k++;
                // "seven of whom were children": the verb stands between the part and its noun.
                k += breakdown && k + 2 < s.End && tokens[k + 1].Of(text) is "were" or "are" or "was" or "being" ? 1 : 0;
                continue;
            }

            if (_v.Victims.Match(text, tokens, k, s.End) is { } m)
            {
                var category = m.Value;
                while (k + m.Length < s.End && _v.Victims.Match(text, tokens, k + m.Length, s.End) is { } more)
                {
                    // ("a civilian woman": the finer word says who.)
                    category = category == VictimCategory.Total ||
                               (category == VictimCategory.Civilians && more.Value is VictimCategory.Children or VictimCategory.Women or VictimCategory.Men)
                        ? more.Value : category;
                    k += m.Length;
                    m = more;
                }

                var additional = w.Equals("others", StringComparison.OrdinalIgnoreCase) || w.Equals("more", StringComparison.OrdinalIgnoreCase);
                if (category == VictimCategory.Total && civilianWord)
                {
                    category = VictimCategory.Civilians;
                }

                // "a female polio vaccinator": a woman (a girl or a fighter stays what the noun says).
                if (female && category is VictimCategory.Total or VictimCategory.Civilians)
                {
                    category = VictimCategory.Women;
                }

                // "3 members of the security forces", "two members of a local militia": members of a fighting body.
                if (category == VictimCategory.Total && w is "members" or "member" && MembersOfForces(text, tokens, k + 1, s.End))
                {
                    category = VictimCategory.Combatants;
                }

                age ??= fig.Range.Min >= 2 && !fig.Detail ? GroupAge(text, tokens, k + m.Length, s.End)
                    : AgeAfter(text, tokens, k + m.Length, s.End);
                // ("two adult daughters": a kin word an adult word qualifies is of adult age.)
                age ??= AdultKin(text, tokens, k, start) ? AdultAge : null;
                category = ByAge(YoungKin(text, tokens, k, start) ? VictimCategory.Children : category, age, tokens[k].Of(text));
                return new VictimNoun(category, k + m.Length, true, breakdown, additional, partial);
            }

            if (t.Kind != TokenKind.Word && w is not ("-" or "’" or "'" or "“" or "”" or "\""))
            {
                break;
            }

            // "55 wounded people", "three dead soldiers": the harm as the noun's adjective (see AdjectivalHarm).
            if (k == fig.End && IsOneOf(w, HarmAdjectives) && k + 1 < s.End && _v.Victims.Match(text, tokens, k + 1, s.End) is not null)
            {
                continue;
            }

            if (t.Kind == TokenKind.Word && ((!IsAllCaps(w) && Vocabulary.Is(_v.Auxiliaries, text, tokens, k, s.End) ||
                _v.HarmAfter.Match(text, tokens, k, s.End) is not null) || Vocabulary.Is(_v.Stops, text, tokens, k, s.End) ||
                Vocabulary.Is(_v.Units, text, tokens, k, s.End) || IsPreposition(w)))
            {
                break;
            }

            civilianWord |= w.Equals("innocent", StringComparison.OrdinalIgnoreCase);
            female |= w is "female";
            words += t.Kind == TokenKind.Word ? 1 : 0;
        }

        return new VictimNoun(ByAge(VictimCategory.Total, age, default), fig.End, false, breakdown, false);
    }

    private static readonly string[] FightingBodies = ["forces", "army", "militia", "military", "police", "gendarmerie", "VDP", "JTF", "CJTF"];

    // "of the security forces", "of a local militia": "of", a determiner and up to three words, then a fighting body.
    private static bool MembersOfForces(string text, List<Token> tokens, int at, int end)
    {
        if (at + 1 >= end || tokens[at].Of(text) is not "of")
        {
            return false;
        }

        for (var k = at + 1; k < Math.Min(end, at + 6); k++)
        {
            if (IsOneOf(tokens[k].Of(text), FightingBodies))
            {
                return true;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // Words for a state's forces and for an armed group's fighters (a soldier of either side is still a combatant).
    private static readonly string[] StateForces =
    [
        "soldier", "soldiers", "troops", "police", "policeman", "policemen", "officers", "gendarmes", "gendarme",
        "personnel", "servicemen", "army", "VDP", "FARDC", "ANP", "ANA", "ALP", "FDS", "FAMa", "CJTF", "commandos", "marines", "paratroopers",
        "peacekeeper", "peacekeepers", "jawans", "jawan",
    ];

    private static readonly string[] ArmedGroups =
    [
        "militants", "militant", "insurgents", "insurgent", "attackers", "attacker", "assailants", "assailant", "terrorists",
        "terrorist", "jihadists", "jihadist", "gunmen", "gunman", "rebels", "rebel", "extremists", "bandits", "fighters", "raiders", "bombers", "bomber",
        "Maoists", "Maoist", "Naxals", "Naxalites", "guerrillas", "separatists", "operatives", "khwarij", "khawarij",
    ];

    // Whose combatants a figure counts, from the words of its noun phrase: 1 a state's, 2 an armed group's, 0 not told.
    private static sbyte SideOf(string text, List<Token> tokens, int from, int end)
    {
        sbyte side = 0;
        for (var k = from; k < end; k++)
        {
            var w = tokens[k].Of(text);
            var found = IsOneOf(w, StateForces) ? (sbyte)1 : IsOneOf(w, ArmedGroups) ? (sbyte)2 : (sbyte)0;
            if (found != 0 && side != 0 && found != side)
            {
                return 0;
            }

            side = found != 0 ? found : side;
        }

        return side;
    }

    private static readonly string[] YoungWords = ["young", "little", "small", "baby", "infant", "younger", "youngest", "teenage"];
    private static readonly string[] Kin =
    [
        "son", "sons", "daughter", "daughters", "sister", "sisters", "brother", "brothers", "sibling", "siblings", "grandson",
        "grandsons", "granddaughter", "granddaughters", "nephew", "nephews", "niece", "nieces", "cousin", "cousins",
    ];

    private static readonly string[] AdultWords = ["adult", "grown", "grown-up", "married"];

    // "two adult daughters", "their married daughter": a kin word an adult word qualifies.
    private static bool AdultKin(string text, List<Token> tokens, int noun, int first) =>
        noun - 1 >= first && IsOneOf(tokens[noun - 1].Of(text), AdultWords) && IsOneOf(tokens[noun].Of(text), Kin);

    // "two young sisters", "her little son": a kin word a youth word qualifies is a child ("young men" are not kin).
    private static bool YoungKin(string text, List<Token> tokens, int noun, int first) =>
        noun - 1 >= first && IsOneOf(tokens[noun - 1].Of(text), YoungWords) && IsOneOf(tokens[noun].Of(text), Kin);

    // "including", "among them", "(" just before the figure.
    private bool BreakdownCue(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        // ("Among the dead were 12 children": the cue's verb may stand between; "16 bodies, including those of seven
        // children": so may the bodies' "those of".)
        var cueEnd = first - 1 > sentenceFirst && tokens[first - 1].Of(text) is "were" or "are" ? first - 1
            : first - 2 > sentenceFirst && tokens[first - 1].Of(text) is "of" && tokens[first - 2].Of(text) is "those" ? first - 2
            : first;
        for (var start = cueEnd - 1; start >= Math.Max(sentenceFirst, cueEnd - 4); start--)
        {
            if (_v.Breakdown.Match(text, tokens, start, cueEnd) is { } m && start + m.Length == cueEnd)
            {
                return true;
            }
        }

        // "among them a priest and two children": a person no rule counts may stand between the cue and the figure.
        if (first - 3 >= sentenceFirst && tokens[first - 1].Of(text) is "and" or "," && ItemAfterCue(text, tokens, first - 2, sentenceFirst))
        {
            return true;
        }

        // (Not "Death toll: 12", "Killed: 14", "Casualties: 51 killed": a label's figure.) A hyphen set off by spaces
        // after the people it breaks down is a dash: "Nine people - eight personnel of the guard and their driver -"
        // (not a dateline's, "RAIPUR (PTI) - Eight personnel …").
        return first - 1 >= sentenceFirst && (tokens[first - 1].Of(text) is "(" or "[" or ":" or "—" or "–" ||
                                               (SpacedHyphen(text, tokens, first - 1) && first - 2 >= sentenceFirst && (tokens[first - 2].Classes & _v.Victims.Bit) != 0)) &&
               !(tokens[first - 1].Of(text) is ":" &&
                 (LabelHarm(text, tokens, first - 1, sentenceFirst) is not null ||
                  (first - 2 >= sentenceFirst && IsOneOf(tokens[first - 2].Of(text), ["casualties", "casualty", "victims", "losses"]))));
    }

    // A few plain words ending at `last` ("a priest") that a breakdown cue opens, or several such items a comma or "and"
    // parts ("including a dual US-Canadian citizen, a Palestinian and …").
    private bool ItemAfterCue(string text, List<Token> tokens, int last, int sentenceFirst)
    {
        var harmBits = _v.HarmAfter.Bit | _v.HarmBefore.Bit | _v.Auxiliaries.Bit;
        var itemWords = 0;
        for (var end = last; end >= Math.Max(sentenceFirst + 1, last - 15); end--)
        {
            var w = tokens[end].Of(text);
            if (w is "," or "and")
            {
                if (itemWords == 0)
                {
                    return false;
                }

                itemWords = 0;
                continue;
            }

            // (A hyphen joins the words of one: "US-Canadian".)
            if ((tokens[end].Kind != TokenKind.Word && w is not "-") || (tokens[end].Classes & harmBits) != 0 || (w is not "-" && ++itemWords > 5))
            {
                return false;
            }

            for (var start = end - 1; start >= Math.Max(sentenceFirst, end - 4); start--)
            {
                if (_v.Breakdown.Match(text, tokens, start, end) is { } m && start + m.Length == end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Death toll: 12", "Killed: 14 civilians", "Dead: 3; injured: 10": the harm a label before a colon names.
    private static HarmKind? LabelHarm(string text, List<Token> tokens, int colon, int sentenceFirst)
    {
        if (colon - 1 < sentenceFirst)
        {
            return null;
        }

        var w = tokens[colon - 1].Of(text);
        // ("Deaths recorded: 93-120", "Injured reported: 12".)
        if (colon - 2 >= sentenceFirst && IsOneOf(w, LabelReporting))
        {
            w = tokens[colon - 2].Of(text);
        }

        return IsOneOf(w, ["toll", "dead", "killed", "deaths", "fatalities", "died"]) ? HarmKind.Killed
            : IsOneOf(w, ["injured", "wounded", "injuries", "hurt"]) ? HarmKind.Injured
            : null;
    }

    private static bool OnlyListWords(string text, List<Token> tokens, int from, int to)
    {
        if (from < 0 || to - from > 4)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!IsOneOf(tokens[k].Of(text), ListWords))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyExceptInRange('A', 'Z');

    private static bool IsPreposition(ReadOnlySpan<char> w) =>
        w is "in" or "on" or "at" or "by" or "from" or "with" or "near" or "and" or "or" or "to" or "who" or "that"
          or "into" or "across" or "inside" or "for" or "as" or "when" or "after" or "while" or "of";
}
