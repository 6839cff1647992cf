using System.Buffers;

namespace HarmLedger.Extraction;

/// <summary>Finds who a sentence's figures come from: "according to X", "reported X", "X has recorded", "the site put".</summary>
internal sealed class AttributionFinder(Vocabulary vocabulary)
{
    private static readonly string[] Leading =
    [
        "The", "A", "An", "Meanwhile", "In", "On", "But", "However", "And", "Earlier", "Later", "Local", "Other", "This",
        "According", "Separately", "Also", "It", "He", "She", "They", "Yet", "Still", "At", "As", "His", "Her", "Their", "Its",
        "Only", "While", "During", "From", "After", "Before", "When", "Following", "Despite", "Multiple", "Many", "Some", "Both",
        "Most", "All", "Each", "These", "Those", "Such", "Another", "Further", "Who", "Which",
    ];

    private static readonly string[] SpeakerNouns =
        ["officials", "official", "authorities", "sources", "media", "police", "military", "army", "spokesman", "spokesperson", "medics", "activists"];

    private static readonly string[] Anaphora = ["site", "group", "monitor", "organisation", "organization", "agency", "ministry", "outlet", "observatory", "report", "source"];

    private static readonly SearchValues<string> According = Sentence.Words("according");

    private static readonly SearchValues<string> Spokes = Sentence.Words("spokes");

    private readonly Vocabulary _v = vocabulary;

    /// <summary>The source a sentence names, or <paramref name="previous"/> when it refers back ("the site").</summary>
    public string? Find(string text, List<Token> tokens, Sentence s, string? previous)
    {
        // (Most sentences have no "according" to look for.)
        var according = s.Mentions(text, tokens, According);
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

            if (SpeakerBefore(text, tokens, k, s.First, previous) is { } speaker)
            {
                return speaker;
            }

            for (var j = s.First; j < k; j++)
            {
                var w = tokens[j].Of(text);
                if (IsOne(w, Anaphora) && previous is not null)
                {
                    return previous;
                }

                // "UK-based", "US-led": a name used as an adjective is not the subject.
                if (IsNameStart(text, tokens[j]) && !IsLeading(w) && !IsParticiple(text, tokens, j) && (tokens[j].Classes & (_v.NotNameBits | Vocabulary.NumberWordBit)) == 0 &&
                    !(j + 2 < k && tokens[j + 1].Of(text) is "-" && char.IsLower(text[tokens[j + 2].Start])))
                {
                    return Name(text, tokens, j, k);
                }
            }
        }

        return null;
    }

    // "…, police said", "…, regional governor Oleh Kiper said", "where local officials say": a clause of its own
    // names who speaks, in the words between the comma (or "where", "while", "but") and the verb. A pronoun
    // ("…,” he said") refers back to the source named before; "…, who said" to no one this rule can name.
    private string? SpeakerBefore(string text, List<Token> tokens, int verb, int first, string? previous)
    {
        // "reports of civilian deaths" is a noun.
        if (verb + 1 < tokens.Count && tokens[verb + 1].Of(text) is "of")
        {
            return null;
        }

        var start = verb;
        while (start - 1 >= first && start > verb - 8 && IsSpeakerWord(text, tokens, start - 1))
        {
            // "Airwars, a monitoring group that tracks reports …": a relative clause is no speaker.
            if (IsOne(tokens[start - 1].Of(text), Relatives) && start - 1 < verb - 1)
            {
                return null;
            }

            start--;
        }

        if (start == verb || start - 1 < first || tokens[start - 1].Of(text) is not ("," or "”" or "\"" or "—" or "–" or "where" or "while" or "but"))
        {
            return null;
        }

        while (start < verb && IsOne(tokens[start].Of(text), ["the", "a", "an"]))
        {
            start++;
        }

        if (start == verb)
        {
            return null;
        }

        return verb - start == 1 && IsOne(tokens[start].Of(text), Pronouns) ? previous
            : verb - start == 1 && IsOne(tokens[start].Of(text), Relatives) ? null
            : text[tokens[start].Start..tokens[verb - 1].End];
    }

    private static readonly string[] Pronouns = ["he", "she", "they", "it", "we", "i"];
    private static readonly string[] Relatives = ["that", "who", "which", "whose"];

    // A word of a speaker's name or title ("police", "relatives", "the defence ministry"): not a figure, harm or
    // other word the casualty rules know.
    private bool IsSpeakerWord(string text, List<Token> tokens, int k) =>
        (tokens[k].Kind == TokenKind.Word && ((tokens[k].Classes & (_v.NotNameBits | Vocabulary.NumberWordBit)) == 0 || IsOne(tokens[k].Of(text), ["a", "an"]))) ||
        (tokens[k].Of(text) is "-" or "." && k > 0 && tokens[k - 1].Kind == TokenKind.Word);

    // "a spokesman for the US military, Col. X, said": the body the spokesperson speaks for.
    private static string? Spokesman(string text, List<Token> tokens, Sentence s)
    {
        // Most sentences name no spokesperson: a search of their text spares them the token loop.
        if (!s.Mentions(text, tokens, Spokes))
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

        // "Ukrainian officials", "Houthi media": a body named by its people's or party's name.
        if (last + 1 < end && IsOne(tokens[last + 1].Of(text), SpeakerNouns))
        {
            last++;
        }

        // Prefer an acronym given in brackets: "Syrian Observatory for Human Rights (SOHR)".
        if (last + 3 < end && tokens[last + 1].Of(text) is "(" && tokens[last + 3].Of(text) is ")" && IsAcronym(tokens[last + 2].Of(text)))
        {
            return tokens[last + 2].Of(text).ToString();
        }

        return text[tokens[at].Start..tokens[last].End];
    }

    private static bool IsNameStart(string text, Token t) =>
        (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && DateFinder.Month(t.Of(text)) == 0 && RelativeDates.WeekdayOf(t.Of(text)) < 0) ||
        text[t.Start] == '@';

    private static bool IsAcronym(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyExceptInRange('A', 'Z');

    // Words that open a sentence without naming anyone, adverbs ("Initially", "Accordingly") among them.
    private static bool IsLeading(ReadOnlySpan<char> w) =>
        IsOne(w, Leading) || (w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[1]));

    // "Describing the strike, …", "Speaking to reporters, …": a participle, not "Beijing said".
    private static bool IsParticiple(string text, List<Token> tokens, int k) =>
        tokens[k].Of(text) is { Length: > 5 } w && w.EndsWith("ing", StringComparison.Ordinal) && k + 1 < tokens.Count &&
        IsOne(tokens[k + 1].Of(text), ["the", "a", "an", "on", "to", "that", "from", "in", "at", "with", "about"]);

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
