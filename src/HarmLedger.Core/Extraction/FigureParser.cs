using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Reads one figure (bound + number, number range or vague quantifier) at a token position.</summary>
internal sealed class FigureParser(Vocabulary vocabulary)
{
    private readonly Vocabulary _vocabulary = vocabulary;

    /// <summary>The figure starting at token <paramref name="at"/>, or <c>null</c> if none starts there.</summary>
    public Figure? Parse(string text, List<Token> tokens, int at, int end)
    {
        var bound = Bound.None;
        var j = at;
        if (_vocabulary.Bounds.Match(text, tokens, at, end) is { } b)
        {
            bound = b.Value;
            j += b.Length;
        }

        if (Number(text, tokens, j, end) is not { } first)
        {
            // "some civilians": the bound word is itself a quantifier.
            return Quantifier(text, tokens, bound == Bound.None ? at : j, end) ?? Quantifier(text, tokens, at, end);
        }

        if (!IsCount(text, tokens, j, first.End, end))
        {
            return null;
        }

        var coreEnd = first.End;
        int? second = null;
        // "40- or 41-year-old": a hyphen left hanging before the range word.
        var rangeWord = coreEnd + 2 < end && tokens[coreEnd].Of(text) is "-" && tokens[coreEnd + 1].Of(text) is "or" or "to" ? 2 : 1;
        if (coreEnd + rangeWord < end && IsRangeWord(tokens[coreEnd + rangeWord - 1].Of(text), bound) &&
            Number(text, tokens, coreEnd + rangeWord, end) is { } upper && upper.Value >= first.Value)
        {
            if (!IsCount(text, tokens, coreEnd + rangeWord, upper.End, end, inRange: true))
            {
                // "67 or 68 years old", "5 to 10 km": the range measures something else.
                return null;
            }

            second = upper.Value;
            coreEnd = upper.End;
        }

        // "at least 27 and up to 30", "at least 9, and up to 15": the two bounds of one range.
        var link = coreEnd;
        link += link < end && tokens[link].Of(text) is "," ? 1 : 0;
        link += link < end && tokens[link].Of(text) is "and" ? 1 : 0;
        if (second is null && bound == Bound.AtLeast && link > coreEnd && link < end &&
            _vocabulary.Bounds.Match(text, tokens, link, end) is { Value: Bound.AtMost } most &&
            Number(text, tokens, link + most.Length, end) is { } top && top.Value >= first.Value &&
            IsCount(text, tokens, link + most.Length, top.End, end, inRange: true))
        {
            second = top.Value;
            coreEnd = top.End;
        }

        // "at least 25 people and possibly as many as 40": an upper bound told after the noun.
        if (second is null && bound == Bound.AtLeast && UpperAfterNoun(text, tokens, coreEnd, end) is { } later && later >= first.Value)
        {
            second = later;
        }

        // "four (4) terrorists": the number written again in digits, as statements do, is the same figure.
        if (second is null && coreEnd + 2 < end && tokens[coreEnd].Of(text) is "(" && tokens[coreEnd + 2].Of(text) is ")" &&
            tokens[coreEnd + 1] is { Kind: TokenKind.Number } again && again.Value == first.Value)
        {
            coreEnd += 3;
        }

        var n = first.Value;
        var range = second is int hi ? new FigureRange(n, hi) : bound switch
        {
            Bound.AtLeast => FigureRange.AtLeast(n),
            Bound.MoreThan => FigureRange.AtLeast(n + 1),
            Bound.AtMost => new FigureRange(Math.Min(1, n), n),
            Bound.Nearly => new FigureRange(n * 9 / 10, n),
            _ => FigureRange.Exactly(n),
        };
        // "20+": a plus sign straight after the number leaves the max open.
        if (second is null && coreEnd < end && tokens[coreEnd].Of(text) is "+" && tokens[coreEnd].Start == tokens[coreEnd - 1].End)
        {
            range = FigureRange.AtLeast(range.Min);
            coreEnd++;
        }
        else if (_vocabulary.TrailingBounds.Match(text, tokens, coreEnd, end) is { } t)
        {
            range = FigureRange.AtLeast(range.Min);
            coreEnd += t.Length;
        }

        return new Figure(at, coreEnd, range, false, OpenMin: second is null && bound == Bound.AtMost);
    }

    // "people and possibly as many as 40", "and perhaps up to 40": a few words (the noun, commas), a joiner, a hedge,
    // an upper bound.
    private int? UpperAfterNoun(string text, List<Token> tokens, int at, int end)
    {
        for (var k = at; k < Math.Min(end, at + 5); k++)
        {
            var w = tokens[k].Of(text);
            if (w is "and" or "or" or "but")
            {
                var j = k + 1;
                j += j < end && tokens[j].Of(text) is "," ? 1 : 0;
                if (j >= end || tokens[j].Of(text) is not ("possibly" or "perhaps" or "maybe" or "potentially"))
                {
                    return null;
                }

                j++;
                return _vocabulary.Bounds.Match(text, tokens, j, end) is { Value: Bound.AtMost } most &&
                       Number(text, tokens, j + most.Length, end) is { } top && IsCount(text, tokens, j + most.Length, top.End, end, inRange: true)
                    ? top.Value : null;
            }

            if (tokens[k].Kind != TokenKind.Word && w is not ",")
            {
                return null;
            }
        }

        return null;
    }

    // ("without saying how many died": a question, not a quantity.)
    // ("a number of mines", "dozens of rockets": things, not people.)
    private Figure? Quantifier(string text, List<Token> tokens, int at, int end) =>
        !(at > 0 && tokens[at - 1].Of(text).Equals("how", StringComparison.OrdinalIgnoreCase)) &&
        _vocabulary.Quantifiers.Match(text, tokens, at, end) is { } q && !Vocabulary.Is(_vocabulary.Units, text, tokens, at + q.Length, end)
            ? new Figure(at, at + q.Length, q.Value, true) : null;

    private static (int Value, int End)? Number(string text, List<Token> tokens, int at, int end)
    {
        if (at >= end)
        {
            return null;
        }

        var t = tokens[at];
        if (t.Kind == TokenKind.Number)
        {
            return t.Suffixed || t.Value < 0 || t.Value > 1_000_000 ? null : ((int)t.Value, at + 1);
        }

        return NumberWords.Parse(text, tokens, at, end) is { } w ? (w.Value, at + w.Length) : null;
    }

    // A count is not a year, a time, a date, an age, a distance or a model number ("F-16").
    private bool IsCount(string text, List<Token> tokens, int first, int after, int end, bool inRange = false)
    {
        var t = tokens[first];
        if (first > 0 && !inRange)
        {
            var prev = tokens[first - 1];
            if (prev.End == t.Start && prev.Kind == TokenKind.Punct && text[prev.Start] is '-' or '/' or '$' or '#' or '£' or '€' or '.' or ':')
            {
                return false;
            }

            if (DateFinder.IsMonth(prev.Of(text)))
            {
                return false;
            }
        }

        if (DateFinder.IsYear(t))
        {
            return false;
        }

        if (after >= end)
        {
            return true;
        }

        var next = tokens[after];
        var nextText = next.Of(text);
        if (next.Kind == TokenKind.Punct && nextText[0] is '%' or ':' or '/' or '.' && next.Start == tokens[after - 1].End &&
            after + 1 < end && tokens[after + 1].Kind == TokenKind.Number && tokens[after + 1].Start == next.End)
        {
            // ("10:30", "3/4", "2.5", "50%" are no counts of people; "42: 24 patients, 14 staff" is one and its breakdown.)
            return false;
        }

        if (nextText[0] is '%' || DateFinder.IsMonth(nextText))
        {
            return false;
        }

        var unitAt = next.Kind == TokenKind.Punct && nextText[0] is '-' or '–' && after + 1 < end ? after + 1 : after;
        // ("two homemade guns", "three armoured vehicles": one word may qualify the thing counted.)
        var qualified = unitAt + 1 < end && tokens[unitAt].Kind == TokenKind.Word && char.IsLower(text[tokens[unitAt].Start]) &&
                        _vocabulary.Victims.Match(text, tokens, unitAt, end) is null && Vocabulary.Is(_vocabulary.Units, text, tokens, unitAt + 1, end);
        return !qualified && !Vocabulary.Is(_vocabulary.Units, text, tokens, unitAt, end) &&
               !(tokens[unitAt].Of(text).Equals("year-old", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsRangeWord(ReadOnlySpan<char> word, Bound bound) =>
        word is "-" or "–" or "—" or "\u2011" or "\u2012" or "\u2212" or "to" or "or" || (bound == Bound.Between && word is "and");
}
