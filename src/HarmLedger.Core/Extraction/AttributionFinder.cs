namespace HarmLedger.Extraction;

/// <summary>Finds who a sentence's figures come from: "according to X", "reported X", "X has recorded", "the site put".</summary>
internal sealed class AttributionFinder(Vocabulary vocabulary)
{
    private static readonly string[] Leading =
    [
        "The", "A", "An", "Meanwhile", "In", "On", "But", "However", "And", "Earlier", "Later", "Local", "Other", "This",
        "According", "Separately", "Also", "It", "He", "She", "They", "Yet", "Still", "At", "As",
    ];

    private static readonly string[] Anaphora = ["site", "group", "monitor", "organisation", "organization", "agency", "ministry", "outlet", "observatory", "report", "source"];

    private readonly Vocabulary _v = vocabulary;

    /// <summary>The source a sentence names, or <paramref name="previous"/> when it refers back ("the site").</summary>
    public string? Find(string text, List<Token> tokens, Sentence s, string? previous)
    {
        // (Most sentences have no "according" to look for.)
        var according = s.Of(text, tokens).Contains("according", StringComparison.OrdinalIgnoreCase);
        for (var k = s.First; k + 1 < s.End && according; k++)
        {
            var w = tokens[k].Of(text);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Of(text) is "to")
            {
                for (var j = k + 2; j < Math.Min(s.End, k + 9); j++)
                {
                    if (IsNameStart(text, tokens[j]))
                    {
                        return Name(text, tokens, j, s.End);
                    }
                }
            }
        }

        if (Spokesman(text, tokens, s) is { } body)
        {
            return body;
        }

        for (var k = s.First; k < s.End; k++)
        {
            if (!Vocabulary.Is(_v.Reporting, text, tokens, k, s.End))
            {
                continue;
            }

            if (k + 1 < s.End && IsNameStart(text, tokens[k + 1]) && !IsLeading(tokens[k + 1].Of(text)))
            {
                return Name(text, tokens, k + 1, s.End);
            }

            for (var j = s.First; j < k; j++)
            {
                var w = tokens[j].Of(text);
                if (IsOne(w, Anaphora) && previous is not null)
                {
                    return previous;
                }

                // "UK-based", "US-led": a name used as an adjective is not the subject.
                if (IsNameStart(text, tokens[j]) && !IsLeading(w) &&
                    !(j + 2 < k && tokens[j + 1].Of(text) is "-" && char.IsLower(text[tokens[j + 2].Start])))
                {
                    return Name(text, tokens, j, k);
                }
            }
        }

        return null;
    }

    // "a spokesman for the US military, Col. X, said": the body the spokesperson speaks for.
    private static string? Spokesman(string text, List<Token> tokens, Sentence s)
    {
        // Most sentences name no spokesperson: a search of their text spares them the token loop.
        if (!s.Of(text, tokens).Contains("spokes", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var k = s.First; k + 2 < s.End; k++)
        {
            var w = tokens[k].Of(text);
            if (!(w.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Of(text) is "for" or "of"))
            {
                continue;
            }

            var first = tokens[k + 2].Of(text) is "the" ? k + 3 : k + 2;
            var last = first;
            while (last < s.End && last < first + 5 && tokens[last].Kind == TokenKind.Word && !Is(text, tokens[last], "said", "admitted", "told", "confirmed"))
            {
                last++;
            }

            return last > first ? text[tokens[first].Start..tokens[last - 1].End] : null;
        }

        return null;
    }

    private static bool Is(string text, Token t, params string[] words) => IsOne(t.Of(text), words);

    private static string Name(string text, List<Token> tokens, int at, int end)
    {
        var last = at;
        for (var j = at + 1; j < end; j++)
        {
            var w = tokens[j].Of(text);
            if (IsNameStart(text, tokens[j]) || (w is "of" or "for" or "the" or "and" or "-" && j + 1 < end && IsNameStart(text, tokens[j + 1])))
            {
                last = IsNameStart(text, tokens[j]) ? j : last;
                continue;
            }

            break;
        }

        // Prefer an acronym given in brackets: "Syrian Observatory for Human Rights (SOHR)".
        if (last + 3 < end && tokens[last + 1].Of(text) is "(" && tokens[last + 3].Of(text) is ")" && IsAcronym(tokens[last + 2].Of(text)))
        {
            return tokens[last + 2].Of(text).ToString();
        }

        return text[tokens[at].Start..tokens[last].End];
    }

    private static bool IsNameStart(string text, Token t) =>
        (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && DateFinder.Month(t.Of(text)) == 0) || text[t.Start] == '@';

    private static bool IsAcronym(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyExceptInRange('A', 'Z');

    private static bool IsLeading(ReadOnlySpan<char> w) => IsOne(w, Leading);

    private static bool IsOne(ReadOnlySpan<char> w, string[] words)
    {
        foreach (var x in words)
        {
            if (w.Equals(x, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
