using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Finds absolute dates ("21 March 2020", "June 26, 2017", "October 7th, 2023", "March 2020").</summary>
internal static class DateFinder
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word names a month (capitalised, so "may" the verb is not one).</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => Month(word) > 0;

    /// <summary>Whether a token is a year: four digits from 1900 to 2100 ("1,953" and "2,019" are counts).</summary>
    public static bool IsYear(Token t) => t.Kind == TokenKind.Number && t.End - t.Start == 4 && t.Value is >= 1900 and <= 2100;

    // How many tokens back from the second day a day range opens: "5-6" (2), "between 6 and 7", "from 6 to 7" (3).
    private static int? RangeOpens(string text, List<Token> tokens, int at, int first)
    {
        if (at - 2 < first || tokens[at - 2].Kind != TokenKind.Number)
        {
            return null;
        }

        var joiner = tokens[at - 1].Of(text);
        if (joiner is "-" or "–")
        {
            return 2;
        }

        var opener = at - 3 >= first ? tokens[at - 3].Of(text) : [];
        return (joiner is "and" && opener.Equals("between", StringComparison.OrdinalIgnoreCase)) ||
               (joiner is "to" && opener.Equals("from", StringComparison.OrdinalIgnoreCase))
            ? 3 : null;
    }

    /// <summary>Every absolute date in a token range, in order; <paramref name="year"/> carries the last full year seen.</summary>
    public static void Find(string text, List<Token> tokens, Sentence s, ref int? year, List<DateMention> into, DateOnly? published = null)
    {
        for (var i = s.First; i < s.End; i++)
        {
            var t = tokens[i];
            DateSpan? found = null;
            var at = i;
            if (t.Kind == TokenKind.Number && Day(text, t) is int d1 && Month(Word(text, tokens, MonthAfterDay(text, tokens, i, s.End), s.End)) is > 0 and var m1)
            {
                var mi = MonthAfterDay(text, tokens, i, s.End);
                i = mi;
                found = Make(d1, m1, Year(text, tokens, ref i, s.End), ref year, published);
                // "the night of 5-6 March", "between 6 and 7 December", "from 6 to 7 December": from the first day to
                // the second.
                if (found is { } last && RangeOpens(text, tokens, at, s.First) is int back && Day(text, tokens[at - 2]) is int d0 && d0 < d1)
                {
                    found = new DateSpan(last.Start!.Value.AddDays(d0 - d1), last.End, DatePrecision.Day);
                    at -= back;
                }
            }
            else if (t.Kind == TokenKind.Word && Month(t.Of(text)) is > 0 and var m2)
            {
                // "Feb. 27": an abbreviated month may keep its full stop.
                var dot = t.End - t.Start <= 4 && i + 2 < s.End && tokens[i + 1].Of(text) is "." ? 1 : 0;
                if (i + 1 + dot < s.End && tokens[i + 1 + dot].Kind == TokenKind.Number && Day(text, tokens[i + 1 + dot]) is int d2)
                {
                    i += 1 + dot;
                    found = Make(d2, m2, Year(text, tokens, ref i, s.End), ref year, published);
                }
                else if (Year(text, tokens, ref i, s.End) is int y)
                {
                    year = y;
                    found = new DateSpan(new DateOnly(y, m2, 1), new DateOnly(y, m2, DateTime.DaysInMonth(y, m2)), DatePrecision.Month);
                }
            }
            else if (Numeric(text, tokens, i, s.End) is { } numeric)
            {
                // "2023-03-03", "25/10/2023".
                (found, i) = (DateSpan.Day(numeric.Date), numeric.Last);
                year = numeric.Date.Year;
            }
            else if (t.Kind == TokenKind.Number && !t.Suffixed && t.End - t.Start == 4 && t.Value is >= 1950 and <= 2100 &&
                     i > s.First && tokens[i - 1].Of(text).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                var y = (int)t.Value;
                found = new DateSpan(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DatePrecision.Year);
            }

            if (found is { } f)
            {
                // "KYIV, March 12 (Reuters) –": a dateline's date is the report's.
                var dateline = i + 3 < s.End && tokens[i + 1].Of(text) is "(" && tokens[i + 3].Of(text) is ")" &&
                               char.IsUpper(text[tokens[i + 2].Start]);
                into.Add(new DateMention(at, f, dateline || IsReported(text, tokens, at, s.First)));
            }
        }
    }

    /// <summary>The first year written in a full date ("October 7th, 2023"), for dates before it that omit the year.</summary>
    public static int? FirstYear(string text, List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (IsYear(t) && !t.Suffixed)
            {
                for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
                {
                    if (Month(tokens[k].Of(text)) > 0)
                    {
                        return (int)t.Value;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The month number of a capitalised month name, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word) =>
        // Every month's name is 3 to 9 letters starting with one of J, F, M, A, S, O, N, D (an upper-case letter equals
        // an ASCII one ignoring case only when it is one): most capitalised words are turned away without hashing.
        word.Length is >= 3 and <= 9 && word[0] is 'J' or 'F' or 'M' or 'A' or 'S' or 'O' or 'N' or 'D' &&
        MonthLookup.TryGetValue(word, out var m) ? m : 0;

    private static DateSpan? Make(int day, int month, int? explicitYear, ref int? year, DateOnly? published)
    {
        if (explicitYear is int y)
        {
            year = y;
        }

        if (year is not int yy)
        {
            return null;
        }

        // "December 30" in a text published on 2 January is last year's: a report tells of what has happened.
        if (explicitYear is null && published is { } p && new DateOnly(yy, month, Math.Min(day, DateTime.DaysInMonth(yy, month))) > p.AddDays(1))
        {
            yy--;
        }

        return day <= DateTime.DaysInMonth(yy, month) ? DateSpan.Day(new DateOnly(yy, month, day)) : null;
    }

    // An all-number date: ISO "2023-03-03", or day first "25/10/2023" and "25.10.2023" (month first only when the
    // first number cannot be a month: "10/25/2023"; "3/4/2023" is read day first, as most of the world writes it).
    private static (DateOnly Date, int Last)? Numeric(string text, List<Token> tokens, int i, int end)
    {
        if (i + 4 >= end || tokens[i].Kind != TokenKind.Number || tokens[i + 2].Kind != TokenKind.Number || tokens[i + 4].Kind != TokenKind.Number)
        {
            return null;
        }

        var sep = tokens[i + 1].Of(text);
        if (!(sep is "-" or "/" or ".") || !tokens[i + 3].Of(text).SequenceEqual(sep) ||
            tokens[i + 1].Start != tokens[i].End || tokens[i + 2].Start != tokens[i + 1].End || tokens[i + 4].Start != tokens[i + 3].End)
        {
            return null;
        }

        var (a, b, c) = (tokens[i].Value, tokens[i + 2].Value, tokens[i + 4].Value);
        var (y, m, d) = tokens[i].End - tokens[i].Start == 4 && sep is "-" ? (a, b, c)
            : tokens[i + 4].End - tokens[i + 4].Start == 4 && sep is "/" or "." ? (a > 12 || b <= 12 ? (c, b, a) : (c, a, b))
            : (0L, 0L, 0L);
        return y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth((int)y, (int)m)
            ? (new DateOnly((int)y, (int)m, (int)d), i + 4) : null;
    }

    private static int? Day(string text, Token t)
    {
        var span = t.Of(text);
        var digits = span.Length - (t.Suffixed ? 2 : 0);
        if (t.Suffixed && !(span.EndsWith("st") || span.EndsWith("nd") || span.EndsWith("rd") || span.EndsWith("th")))
        {
            return null;
        }

        return digits is 1 or 2 && int.TryParse(span[..digits], out var d) && d is >= 1 and <= 31 ? d : null;
    }

    // Where the month may stand after the day at `i`: "7 March", "7th of March", "12-Oct-2007".
    private static int MonthAfterDay(string text, List<Token> tokens, int i, int end) =>
        i + 2 < end && tokens[i + 1].Of(text) is "-" && tokens[i + 1].Start == tokens[i].End && tokens[i + 2].Start == tokens[i + 1].End
            ? i + 2 : Skip(text, tokens, i + 1, end, "of");

    // After "7 March" or "March 7th": an optional comma (or the hyphen of "12-Oct-2007"), then a four-digit year.
    private static int? Year(string text, List<Token> tokens, ref int i, int end)
    {
        var j = i + 1;
        if (j < end && (tokens[j].Of(text) is "," || (tokens[j].Of(text) is "-" && tokens[j].Start == tokens[i].End && j + 1 < end && tokens[j + 1].Start == tokens[j].End)))
        {
            j++;
        }

        if (j < end && tokens[j] is { Suffixed: false } t && IsYear(t))
        {
            i = j;
            return (int)t.Value;
        }

        return null;
    }

    private static int Skip(string text, List<Token> tokens, int i, int end, string word) =>
        i < end && tokens[i].Of(text).Equals(word, StringComparison.OrdinalIgnoreCase) ? i + 1 : i;

    private static ReadOnlySpan<char> Word(string text, List<Token> tokens, int i, int end) =>
        i < end ? tokens[i].Of(text) : [];

    private static readonly string[] ReportVerbs =
        ["reported", "published", "updated", "posted", "said", "told", "announced", "acknowledged", "admitted", "stated", "tweeted", "wrote"];

    // "As reported on 3 May", "published on", "the governor said on Tuesday", "acknowledged on Saturday": the date of
    // a report or statement, not of the event.
    public static bool IsReported(string text, List<Token> tokens, int at, int first)
    {
        // "By Thursday the police said at least 500 people had been killed": when the count stood; "fighting continued
        // until 30 May": when it ended.
        if (at - 1 >= first && tokens[at - 1].Of(text) is "By" or "by" or "until" or "till")
        {
            return true;
        }

        for (var k = at - 1; k >= Math.Max(first, at - 3); k--)
        {
            var w = tokens[k].Of(text);
            foreach (var verb in ReportVerbs)
            {
                if (w.Equals(verb, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        // "The death toll … rose to 10 on Sunday", "rose to at least 40 on Monday": the day the count rose, not the attack's.
        for (var k = at - 2; k >= Math.Max(first, at - 6); k--)
        {
            if (tokens[k].Of(text) is "to" && k - 1 >= first && tokens[k - 1].Of(text) is "rose" or "risen" or "climbed" or "jumped" or "increased")
            {
                return true;
            }
        }

        return false;
    }
}
