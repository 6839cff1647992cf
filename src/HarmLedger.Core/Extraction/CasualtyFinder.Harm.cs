using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>The harm-word rules of <see cref="CasualtyFinder"/>: before, after, a toll, and negation.</summary>
internal sealed partial class CasualtyFinder
{
    private static readonly string[] Fillers = ["the", "also", "reportedly", "allegedly", "a", "an", "all", "at", "least", "his", "her", "their", "its", "\"", "”", "’"];
    private static readonly string[] TollWords = ["toll", "number", "tally", "count", "figure", "figures"];
    private static readonly string[] TollLinks = ["at", "to", "of", "reached", "hit", "was", "is", "stands", "stood", "as"];
    private static readonly string[] NoHarmNouns = ["casualties", "casualty", "harm", "losses", "victims", "deaths", "fatalities", "lives"];
    // ("without saying how many died", "without specifying the toll": a source's silence, not a count of none.)
    private static readonly string[] Hedges =
    [
        "reports", "report", "information", "word", "details", "immediate", "confirmation", "clear", "known", "saying",
        "specifying", "giving", "stating", "disclosing", "providing", "how",
    ];

    // "killing 3", "the deaths of two guards": a harm word ending just before the figure (fillers allowed).
    private (HarmKind Harm, int Start)? Before(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        if (first - 1 >= sentenceFirst && tokens[first - 1].Of(text) is ":" && LabelHarm(text, tokens, first - 1, sentenceFirst) is { } labelled)
        {
            return (labelled, first - 2);
        }

        var end = first;
        // "killed a family of six": the family is the six people.
        if (end - 2 > sentenceFirst && tokens[end - 1].Of(text) is "of" && tokens[end - 2].Of(text).Equals("family", StringComparison.OrdinalIgnoreCase))
        {
            end -= 2;
        }

        for (var skipped = 0; skipped <= 2 && end > sentenceFirst; skipped++)
        {
            for (var start = end - 1; start >= Math.Max(sentenceFirst, end - 4); start--)
            {
                if (_v.HarmBefore.Match(text, tokens, start, end) is { } m && start + m.Length == end)
                {
                    return (m.Value, start);
                }
            }

            // "killed Souad's two sons", "killing the family's three children": the owner's name is a filler too.
            if (!IsOneOf(tokens[end - 1].Of(text), Fillers) && !IsPossessive(tokens[end - 1].Of(text)))
            {
                break;
            }

            end--;
        }

        return null;
    }

    // A word with a possessive ending: "Souad's", "the family’s" ("'s" stays on its word; see Tokenizer).
    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] | 0x20) == 's' && word[^2] is '\'' or '’';

    // "Omar was killed along with his four children", "were killed as well as their two sons": people joined to a
    // harm word by "along with" share it. The harm word must end the clause before the joiner.
    private (HarmKind Harm, int Start)? Alongside(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        var k = first - 1;
        var possessive = IsOneOf(tokens[first].Of(text), ["his", "her", "their"]);
        if (!possessive && k >= sentenceFirst && IsOneOf(tokens[k].Of(text), ["his", "her", "their"]))
        {
            (possessive, k) = (true, k - 1);
        }

        // "lost her life along with the lives of her three sons".
        if (possessive && k - 3 >= sentenceFirst && tokens[k].Of(text) is "of" && tokens[k - 1].Of(text) is "lives" && tokens[k - 2].Of(text) is "the")
        {
            k -= 3;
        }

        // "killed with his wife" (but not "killed with three rockets").
        var joiner = k < sentenceFirst ? 0
            : possessive && tokens[k].Of(text).Equals("with", StringComparison.OrdinalIgnoreCase) ? Math.Max(1, JoinerBefore(text, tokens, k, sentenceFirst))
            : JoinerBefore(text, tokens, k, sentenceFirst);
        if (joiner == 0)
        {
            return null;
        }

        k -= joiner;
        k -= k >= sentenceFirst && tokens[k].Of(text) is "," ? 1 : 0;
        for (var start = k; start >= Math.Max(sentenceFirst, k - 2); start--)
        {
            if (_v.HarmAfter.Match(text, tokens, start, k + 1) is { } m && start + m.Length == k + 1)
            {
                return (m.Value, start);
            }
        }

        return null;
    }

    // The length of "along with", "together with", "as well as", "alongside" ending at token k, or 0.
    private static int JoinerBefore(string text, List<Token> tokens, int k, int sentenceFirst)
    {
        var w = tokens[k].Of(text);
        if (w.Equals("alongside", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (k - 1 < sentenceFirst)
        {
            return 0;
        }

        var before = tokens[k - 1].Of(text);
        if (w.Equals("with", StringComparison.OrdinalIgnoreCase) &&
            (before.Equals("along", StringComparison.OrdinalIgnoreCase) || before.Equals("together", StringComparison.OrdinalIgnoreCase)))
        {
            return 2;
        }

        return w.Equals("as", StringComparison.OrdinalIgnoreCase) && before.Equals("well", StringComparison.OrdinalIgnoreCase) &&
               k - 2 >= sentenceFirst && tokens[k - 2].Of(text).Equals("as", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
    }

    // "12 soldiers were killed", "3 dead": a harm word after the noun, not used actively ("militants killed 5").
    private (HarmKind Harm, int End)? After(string text, List<Token> tokens, VictimNoun noun, Figure fig, Sentence s)
    {
        var from = Math.Max(noun.End, fig.End);
        // "others" with no number is a pronoun: its harm follows at once ("and others were injured"), not after a
        // clause of its own ("Others on social media honoured those killed").
        var pronoun = fig.Vague && tokens[fig.First].Of(text).Equals("others", StringComparison.OrdinalIgnoreCase);
        var limit = Math.Min(s.End, from + (pronoun ? 4 : noun.Found ? 40 : 8));
        var sawAux = false;
        for (var k = from; k < limit; k++)
        {
            // "27,129 people are still detained, and 114 have been sentenced to death": a clause of its own, with its
            // own figure, after ", and".
            if (k > from + 1 && k + 1 < s.End && tokens[k].Kind == TokenKind.Number && tokens[k - 1].Of(text) is "and" && tokens[k - 2].Of(text) is "," &&
                tokens[k + 1].Of(text) is "have" or "has" or "had" or "are" or "were" or "was" or "is")
            {
                return null;
            }

            if (_v.HarmAfter.Match(text, tokens, k, s.End) is { } m)
            {
                var next = k + m.Length;
                // "sentenced to death": a sentence, not a death.
                if (k - 2 >= from && tokens[k - 1].Of(text) is "to" && tokens[k - 2].Of(text) is "sentenced" or "condemned")
                {
                    return null;
                }

                // "relatives … mourned the deaths of Muhammad", "… mourned his death": the deaths are another's.
                if (k > from && OwnedHarmNoun(text, tokens, k, next, s.End))
                {
                    return null;
                }

                var active = next < s.End && (_parser.Parse(text, tokens, next, s.End) is not null ||
                                              IsOneOf(tokens[next].Of(text), Determiners) ||
                                              _v.Victims.Match(text, tokens, next, s.End) is not null ||
                                              NamedObject(text, tokens, from, k, next));
                return active || Ambiguous(text, tokens, next, s.End, m.Value) ? null : (m.Value, next - 1);
            }

            // ("seven who had been killed": a relative pronoun straight after the people goes on to their harm.)
            if (k == from && tokens[k].Of(text) is "who" && k + 1 < limit && Vocabulary.Is(_v.Auxiliaries, text, tokens, k + 1, s.End))
            {
                continue;
            }

            // "dozens could be killed", "would be injured": a harm feared, not done (but "may have been killed" is
            // reported).
            if (Vocabulary.Is(_v.Stops, text, tokens, k, s.End) ||
                (k + 1 < s.End && IsOneOf(tokens[k].Of(text), Modals) &&
                 tokens[k + 1].Of(text) is "be"))
            {
                return null;
            }

            // Without a known noun, only unknown words straight after the figure ("1 tribal elder"), then auxiliaries.
            if (!noun.Found)
            {
                var aux = Vocabulary.Is(_v.Auxiliaries, text, tokens, k, s.End);
                sawAux |= aux;
                if (!aux && (sawAux || k - from >= 4 || tokens[k].Kind != TokenKind.Word || IsPreposition(tokens[k].Of(text))))
                {
                    return null;
                }
            }
        }

        return null;
    }

    // "Soldiers shot dead Ahmad Saleh": a name straight after the harm word is its object, unless a passive verb
    // ("were killed Monday") or a date stands there.
    private static bool NamedObject(string text, List<Token> tokens, int from, int harm, int next)
    {
        if (!IsName(text, tokens[next]) || RelativeDates.WeekdayOf(tokens[next].Of(text)) >= 0 || DateFinder.IsMonth(tokens[next].Of(text)))
        {
            return false;
        }

        for (var k = from; k < harm; k++)
        {
            if (IsOneOf(tokens[k].Of(text), ["were", "was", "are", "is", "been", "be", "being"]))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] HarmNouns = ["deaths", "death", "injuries", "wounds", "fatalities", "killings", "killing"];

    // A harm noun [k, next) that belongs to someone named with it: "his death", "the deaths of Muhammad".
    private static bool OwnedHarmNoun(string text, List<Token> tokens, int k, int next, int end) =>
        IsOneOf(tokens[next - 1].Of(text), HarmNouns) &&
        ((next < end && tokens[next].Of(text) is "of") || (k > 0 && IsOneOf(tokens[k - 1].Of(text), ["his", "her", "their", "its"])));

    // "Among the dead were 24 civilians": the harm is named before the figure, with no victims of its own. So is it in
    // "Of those killed, eight were children" when the sentence opens so (not "one of the dead").
    private static HarmKind? AmongTheDead(string text, List<Token> tokens, int first, int sentenceFirst)
    {
        for (var k = Math.Max(sentenceFirst, first - 5); k + 2 < first; k++)
        {
            var opener = tokens[k].Of(text);
            if ((opener.Equals("among", StringComparison.OrdinalIgnoreCase) || (k == sentenceFirst && opener.Equals("of", StringComparison.OrdinalIgnoreCase))) &&
                tokens[k + 1].Of(text) is "the" or "those")
            {
                return DeadWord(tokens[k + 2].Of(text));
            }

            // "The dead included a pregnant woman and …", "The victims were three women, …", "Those killed include …".
            if (tokens[k].Of(text) is "the" or "The" or "those" or "Those" && k + 3 <= first &&
                tokens[k + 2].Of(text) is "included" or "include" or "includes" or "were" or "are" && DeadWord(tokens[k + 1].Of(text)) is { } harm)
            {
                return harm;
            }
        }

        return null;
    }

    // "of the dead", "of those wounded" at `k`: the harm of the people a share is taken from.
    private static HarmKind? DeadShare(string text, List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Of(text) is "of" && tokens[k + 1].Of(text) is "the" or "those" ? DeadWord(tokens[k + 2].Of(text)) : null;

    // A noun for the dead or the injured ("victims", "fatalities", "the wounded") and the harm it names.
    private static HarmKind? DeadWord(ReadOnlySpan<char> w) =>
        IsOneOf(w, ["injured", "wounded"]) ? HarmKind.Injured
        : IsOneOf(w, ["dead", "killed", "victims", "fatalities", "martyrs", "deceased"]) ? HarmKind.Killed : null;

    // "killed or wounded", "killed and injured": one figure for both harms says nothing certain about either.
    private bool Ambiguous(string text, List<Token> tokens, int next, int end, HarmKind harm) =>
        next + 1 < end && tokens[next].Of(text) is "or" or "/" &&
        _v.HarmAfter.Match(text, tokens, next + 1, end) is { } other && other.Value != harm;

    // "put the civilian death toll at 70", "the number at over 4,000": a toll word shortly before.
    private HarmKind? Toll(string text, List<Token> tokens, int first, Sentence s)
    {
        // "updated the death toll to “more than 20”": a quote may open the figure.
        var link = first - 1 >= s.First && tokens[first - 1].Of(text) is "“" or "\"" or "‘" or "'" ? first - 2 : first - 1;
        if (link < s.First || !IsOneOf(tokens[link].Of(text), TollLinks))
        {
            return null;
        }

        // "The death toll from Saturday's missile strike on an apartment building in Dnipro rose to 30": the toll's
        // own words may run long, longer still before a verb of rising ("… on a town hall meeting in Murzuq on Sunday
        // has risen to 43"), but no other figure stands between (a date's day or year is no figure).
        var rising = link - 1 >= s.First && IsOneOf(tokens[link - 1].Of(text), RisingVerbs);
        var tollAt = -1;
        for (var (k, words) = (link - 1, 0); k >= s.First && (rising ? words < 32 : k >= link - 14) && tollAt < 0 &&
                                            (tokens[k].Kind != TokenKind.Number || InDate(text, tokens, k)); k--)
        {
            tollAt = IsOneOf(tokens[k].Of(text), TollWords) ? k : -1;
            words += tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        if (tollAt < 0)
        {
            return null;
        }

        var injured = false;
        for (var k = s.First; k < first; k++)
        {
            var w = tokens[k].Of(text);
            if (w.StartsWith("death", StringComparison.OrdinalIgnoreCase) || w.StartsWith("kill", StringComparison.OrdinalIgnoreCase) ||
                w.StartsWith("fatalit", StringComparison.OrdinalIgnoreCase) || w.Equals("dead", StringComparison.OrdinalIgnoreCase) ||
                // "An injured man died, raising the toll to 12": the toll rose by a death.
                IsOneOf(w, ["died", "dies", "succumbed", "martyred"]))
            {
                return HarmKind.Killed;
            }

            injured |= w.StartsWith("injur", StringComparison.OrdinalIgnoreCase) || w.StartsWith("wound", StringComparison.OrdinalIgnoreCase);
        }

        return injured ? HarmKind.Injured : tokens[tollAt].Of(text).Equals("toll", StringComparison.OrdinalIgnoreCase) ? HarmKind.Killed : null;
    }

    private static readonly string[] RisingVerbs = ["rose", "risen", "climbed", "increased", "jumped", "grown", "grew", "mounted", "soared"];

    // A number that is a date's day ("3 October", "October 3") or a year ("in 2019").
    private static bool InDate(string text, List<Token> tokens, int k) =>
        DateFinder.IsYear(tokens[k]) ||
        (k + 1 < tokens.Count && DateFinder.Month(tokens[k + 1].Of(text)) > 0) || (k > 0 && DateFinder.Month(tokens[k - 1].Of(text)) > 0);

    // "no one was killed", "nobody was hurt", "no casualties": the total is zero.
    private int? Negated(string text, List<Token> tokens, int at, Sentence s, List<Mention> into)
    {
        if (_v.Negation.Match(text, tokens, at, s.End) is not { } neg)
        {
            return null;
        }

        // "None of the 40 passengers was hurt": the people counted are the ones no harm came to.
        var reach = at + neg.Length < s.End && tokens[at].Of(text).Equals("none", StringComparison.OrdinalIgnoreCase) &&
                    tokens[at + neg.Length].Of(text) is "of" ? 12 : 4;
        for (var k = at + neg.Length; k < Math.Min(s.End, at + neg.Length + reach); k++)
        {
            var w = tokens[k].Of(text);
            if (reach > 4 && w is "," or ";")
            {
                return null;
            }

            if (IsOneOf(w, Hedges))
            {
                return null;
            }

            var harm = _v.HarmAfter.Match(text, tokens, k, s.End);
            // ("None of the victims were named": the people, not their harm.)
            // ("No lives were lost", "no loss of life".)
            var noun = reach == 4 && (IsOneOf(w, NoHarmNouns) ||
                                      (w is "loss" && k + 2 < s.End && tokens[k + 1].Of(text) is "of" && tokens[k + 2].Of(text) is "life" or "lives"));
            if (harm is null && !noun)
            {
                continue;
            }

            var zero = FigureRange.Exactly(0);
            var injury = harm is { Value: HarmKind.Injured } || w.StartsWith("casualt", StringComparison.OrdinalIgnoreCase) ||
                         w.Equals("harm", StringComparison.OrdinalIgnoreCase);
            var end = tokens[k].End;
            into.Add(new Mention(HarmKind.Killed, VictimCategory.Total, zero, false, false, false, s.Index, tokens[at].Start, end));
            if (injury)
            {
                into.Add(new Mention(HarmKind.Injured, VictimCategory.Total, zero, false, false, false, s.Index, tokens[at].Start, end));
            }

            return k;
        }

        return null;
    }

    /// <summary>Whether the word is one of the words, ignoring case.</summary>
    /// <remarks>A span parameter: the word lists written inline at the call sites ("[\"his\", \"her\"]") cost no array per call.</remarks>
    internal static bool IsOneOf(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            // Words of another length never equal it ignoring case: the inline length test spares most of them the call.
            if (w.Length == word.Length && word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
