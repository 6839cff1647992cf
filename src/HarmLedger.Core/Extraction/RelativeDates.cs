using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Resolves dates relative to the publication date: "yesterday", "early Monday", "last week", "3 days ago".</summary>
/// <remarks>A weekday is the latest such day on or before publication. Without a publication date nothing resolves.</remarks>
internal static class RelativeDates
{
    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    // Every relative date rests on one of these words, so other words are skipped before any comparison.
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "yesterday", "today", "tonight",
        "night", "week", "month", "year", "ago", "morning", "evening", "afternoon", "overnight", "weekend",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every token a relative date can rest on (<see cref="Vocabulary.RelativeDateBit"/>): a cue, alone or possessive, once or
    /// twice over ("Monday's"; Find strips one possessive before IsCue strips another). A token with the bit is still
    /// asked <see cref="IsCue"/>, which tells the possessive's case apart.
    /// </summary>
    internal static IEnumerable<string> CueForms =>
        from cue in Cues
        from first in Possessives
        from second in first.Length == 0 ? [""] : Possessives
        select cue + first + second;

    private static readonly string[] Possessives = ["", "'s", "’s"];

    // For each initial letter, a bit for each length of a cue starting with it, written alone or possessive ("Monday's").
    private static readonly uint[] CueLengths = BuildCueLengths();

    /// <summary>Whether a relative date can rest on this word ("yesterday", "Monday", "week" …); a test of its first letter and length spares most words the hash.</summary>
    public static bool IsCue(ReadOnlySpan<char> word) =>
        word.Length is > 0 and < 32 && char.IsAsciiLetter(word[0]) && (CueLengths[(word[0] | 0x20) - 'a'] & (1u << word.Length)) != 0 &&
        CueLookup.Contains(Unpossessed(word));

    private static uint[] BuildCueLengths()
    {
        var lengths = new uint[26];
        foreach (var cue in Cues)
        {
            lengths[(cue[0] | 0x20) - 'a'] |= (1u << cue.Length) | (1u << (cue.Length + 2));
        }

        return lengths;
    }

    // "Saturday's strike": the day the possessive names.
    private static ReadOnlySpan<char> Unpossessed(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' ? word[..^2] : word;

    /// <summary>Adds every relative date in a sentence to <paramref name="into"/> (the sentence's dates found so far).</summary>
    /// <remarks>The tokens are classified (<see cref="Vocabulary.Classify"/>): only those with <see cref="Vocabulary.RelativeDateBit"/> are read.</remarks>
    /// <param name="text">The document.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="s">The sentence.</param>
    /// <param name="published">The publication date, which relative dates count back from.</param>
    /// <param name="into">Where to add them.</param>
    /// <param name="heading">The day a heading states ("Israeli Military in Lebanon – September 23rd 2024, Tyre."), which
    /// a weekday counts back from instead: the report's "on Monday" is that week's, not the publication's.</param>
    public static void Find(string text, List<Token> tokens, Sentence s, DateOnly? published, List<DateMention> into, DateOnly? heading = null)
    {
        if (published is not DateOnly p)
        {
            return;
        }

        // (So do "today" and "yesterday": a monitor's daily summary dated the 16th, published the 17th.)
        var countFrom = heading ?? p;

        var overnight = -1;
        for (var i = s.First; i < s.End; i++)
        {
            var w = Unpossessed(tokens[i].Of(text));
            if (tokens[i].Kind != TokenKind.Word || (tokens[i].Classes & Vocabulary.RelativeDateBit) == 0 || !IsCue(w))
            {
                continue;
            }

            var next = i + 1 < s.End ? tokens[i + 1].Of(text) : [];
            var prev = i > s.First ? tokens[i - 1].Of(text) : [];
            DateSpan? found = null;
            var day = WeekdayOf(w);
            if (day >= 0 && !FollowedByDate(text, tokens, i, s.End))
            {
                var back = ((int)countFrom.DayOfWeek - day + 7) % 7;
                found = DateSpan.Day(countFrom.AddDays(-back));
            }
            else if (Is(w, "yesterday"))
            {
                found = DateSpan.Day(countFrom.AddDays(-1));
            }
            else if (Is(w, "today") || Is(w, "tonight") || (Is(prev, "this") && (Is(w, "morning") || Is(w, "evening") || Is(w, "afternoon"))))
            {
                found = DateSpan.Day(countFrom);
            }
            else if (Is(prev, "last") && (Is(w, "night") || Is(w, "week") || Is(w, "month") || Is(w, "year")))
            {
                found = Last(w, p);
            }
            else if (Is(w, "ago") && i - 2 >= s.First && Is(prev, "days") && Count(text, tokens, i - 2) is int days)
            {
                // "3 days ago", "two days ago".
                found = DateSpan.Day(p.AddDays(-Math.Min(days, 3650)));
            }
            else if (Is(w, "weekend") && (Is(prev, "last") || Is(prev, "the") || Is(prev, "this")))
            {
                // "last weekend", "over the weekend": the latest Saturday and Sunday (the one before, for "last" said
                // on a weekend).
                var saturday = p.AddDays(-(((int)p.DayOfWeek + 1) % 7));
                saturday = Is(prev, "last") && p.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? saturday.AddDays(-7) : saturday;
                found = new DateSpan(saturday, saturday.AddDays(1) > p ? p : saturday.AddDays(1), DatePrecision.Week);
            }
            else if (Is(prev, "this") && Is(w, "month"))
            {
                found = new DateSpan(new DateOnly(p.Year, p.Month, 1), p, DatePrecision.Month);
            }
            else if (Is(prev, "this") && Is(w, "week"))
            {
                // "earlier this week": from its Monday to the day of writing.
                found = new DateSpan(p.AddDays(-(((int)p.DayOfWeek + 6) % 7)), p, DatePrecision.Week);
            }
            else if (Is(w, "overnight"))
            {
                overnight = overnight < 0 ? i : overnight;
            }

            if (found is { } f)
            {
                into.Add(new DateMention(i, f, DateFinder.IsReported(text, tokens, i, s.First)));
            }
        }

        // "killed overnight", in a report of the morning after: the night before the day of writing, unless the
        // sentence names the day ("overnight shelling on Tuesday").
        if (overnight >= 0 && !into.Exists(d => !d.Reported))
        {
            // (Under a heading that states the day, the night is the heading's: "November 19th, 2025 – Ternopil" then "hit
            // … overnight".)
            into.Add(new DateMention(overnight, heading is DateOnly day ? DateSpan.Day(day) : new DateSpan(p.AddDays(-1), p, DatePrecision.Day), false));
        }
    }

    private static int? Count(string text, List<Token> tokens, int k) =>
        tokens[k].Kind == TokenKind.Number ? (int)Math.Min(tokens[k].Value, int.MaxValue)
        : NumberWords.Parse(text, tokens, k, k + 1) is { Value: var v } ? v : null;

    /// <summary>The day of the week a capitalised weekday name stands for (Sunday 0), or -1.</summary>
    public static int WeekdayOf(ReadOnlySpan<char> word)
    {
        for (var d = 0; d < Weekdays.Length; d++)
        {
            if (word.SequenceEqual(Weekdays[d]))
            {
                return d;
            }
        }

        return -1;
    }

    private static DateSpan Last(ReadOnlySpan<char> unit, DateOnly p)
    {
        if (Is(unit, "night"))
        {
            return DateSpan.Day(p.AddDays(-1));
        }

        if (Is(unit, "week"))
        {
            var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
            return new DateSpan(monday.AddDays(-7), monday.AddDays(-1), DatePrecision.Week);
        }

        if (Is(unit, "month"))
        {
            var first = new DateOnly(p.Year, p.Month, 1).AddMonths(-1);
            return new DateSpan(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
        }

        return new DateSpan(new DateOnly(p.Year - 1, 1, 1), new DateOnly(p.Year - 1, 12, 31), DatePrecision.Year);
    }

    // "Saturday, October 7th, 2023" names a day that the absolute date already gives.
    private static bool FollowedByDate(string text, List<Token> tokens, int i, int end)
    {
        var k = i + 1;
        while (k < end && tokens[k].Of(text) is "," or "the")
        {
            k++;
        }

        if (k >= end)
        {
            return false;
        }

        var next = k + 1 < end ? tokens[k + 1].Of(text) : [];
        return DateFinder.IsMonth(tokens[k].Of(text)) ||
               (tokens[k].Kind == TokenKind.Number && (DateFinder.IsMonth(next) || next is "of"));
    }

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
