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
        Mention? parent = null;
        var prevEnd = -1;
        var prevBreakdown = false;
        for (var i = s.First; i < s.End; i++)
        {
            if (Negated(text, tokens, i, s, into) is int after)
            {
                i = after;
                continue;
            }

            if ((_parser.Parse(text, tokens, i, s.End) ?? Article(text, tokens, i, s.End)) is not { } fig)
            {
                continue;
            }

            var noun = Noun(text, tokens, fig, s);
            var breakdown = noun.Breakdown || BreakdownCue(text, tokens, fig.First, s.First) ||
                            (prevBreakdown && OnlyListWords(text, tokens, prevEnd, fig.First));
            var harm = Before(text, tokens, fig.First, s.First) is { } hb ? (hb.Harm, hb.Start, -1)
                : After(text, tokens, noun, fig, s) is { } ha ? (ha.Harm, -1, ha.End)
                : Toll(text, tokens, fig.First, s) is { } ht ? (ht, -1, -1) : default((HarmKind, int, int)?);
            if (harm is null && breakdown && parent is not null)
            {
                harm = (parent.Harm, -1, -1);
            }

            if (harm is not { } h)
            {
                i = Math.Max(i, fig.End - 1);
                continue;
            }

            var category = noun.Category;
            if (h.Item2 < 0 && noun.Category == VictimCategory.Total && Toll(text, tokens, fig.First, s) is not null &&
                HasWordBefore(text, tokens, s.First, fig.First, "civilian", "civilians"))
            {
                category = VictimCategory.Civilians;
            }

            var start = h.Item2 >= 0 ? tokens[h.Item2].Start : tokens[fig.First].Start;
            var endToken = Math.Max(noun.End, fig.End) - 1;
            var end = h.Item3 >= 0 && h.Item3 - endToken <= 6 ? tokens[h.Item3].End : tokens[endToken].End;
            var counted = !breakdown || parent is null || IsFiner(category, parent.Category);
            var mention = new Mention(h.Item1, category, fig.Range, fig.Vague, breakdown && parent is not null, noun.Additional,
                                      s.Index, start, end);
            if (counted && (!breakdown || category != VictimCategory.Total || parent is null))
            {
                into.Add(mention);
            }

            if (!breakdown)
            {
                parent = mention;
            }

            prevEnd = Math.Max(noun.End, fig.End);
            prevBreakdown = breakdown;
            i = prevEnd - 1;
        }
    }

    // Breakdown categories are subsets: children, women and men of civilians; anyone of an unqualified total.
    private static bool IsFiner(VictimCategory child, VictimCategory parent) => parent switch
    {
        VictimCategory.Total => child != VictimCategory.Total,
        VictimCategory.Civilians => child is VictimCategory.Children or VictimCategory.Women or VictimCategory.Men,
        _ => false,
    };

    // "a child", "an infant": the article counts one.
    private Figure? Article(string text, List<Token> tokens, int at, int end)
    {
        var w = tokens[at].Of(text);
        if (!(w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) || at + 1 >= end)
        {
            return null;
        }

        var noun = tokens[at + 1].Of(text);
        var singular = noun.Length > 2 && noun[^1] != 's' && !noun.EndsWith("men", StringComparison.OrdinalIgnoreCase) &&
                       !noun.Equals("police", StringComparison.OrdinalIgnoreCase) && !noun.Equals("people", StringComparison.OrdinalIgnoreCase) &&
                       !noun.Equals("children", StringComparison.OrdinalIgnoreCase) && !noun.Equals("personnel", StringComparison.OrdinalIgnoreCase) &&
                       !noun.Equals("Taliban", StringComparison.OrdinalIgnoreCase) && !noun.Equals("family", StringComparison.OrdinalIgnoreCase);
        return singular && _v.Victims.Match(text, tokens, at + 1, end) is not null ? new Figure(at, at + 1, FigureRange.Exactly(1), false) : null;
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
