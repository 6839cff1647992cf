namespace HarmLedger.Extraction;

/// <summary>Reads numbers written in words: "seventy-two", "two hundred", "a dozen", "one thousand five hundred".</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, int> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000,
    };

    /// <summary>Every word a number in words can start with.</summary>
    public static IEnumerable<string> Words => Units.Keys.Concat(Scales.Keys).Append("a").Append("half");

    /// <summary>Reads a number in words starting at token <paramref name="at"/>; returns its value and token count.</summary>
    public static (int Value, int Length)? Parse(string text, List<Token> tokens, int at, int end)
    {
        if (at >= end || (tokens[at].Classes & Vocabulary.NumberWordBit) == 0)
        {
            return null;
        }

        var units = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var scales = Scales.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = at;

        // "half a dozen" is six (and "half" alone is no number).
        if (tokens[at].Of(text).Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return at + 2 < end && tokens[at + 1].Of(text).Equals("a", StringComparison.OrdinalIgnoreCase) &&
                   tokens[at + 2].Of(text).Equals("dozen", StringComparison.OrdinalIgnoreCase) ? (6, 3) : null;
        }

        // "a dozen", "a hundred": the article stands for one.
        // (Every unit and scale has the number-word bit: a token without it is none, and needs no look-up.)
        var leadingA = i < end && tokens[i].Of(text).Equals("a", StringComparison.OrdinalIgnoreCase) && i + 1 < end &&
                       (tokens[i + 1].Classes & Vocabulary.NumberWordBit) != 0 &&
                       (scales.ContainsKey(tokens[i + 1].Of(text)) ||
                        tokens[i + 1].Of(text).Equals("dozen", StringComparison.OrdinalIgnoreCase));
        var total = 0;
        var current = leadingA ? 1 : 0;
        if (leadingA)
        {
            i++;
        }

        var last = leadingA ? i - 1 : -1;
        while (i < end && tokens[i].Kind == TokenKind.Word && (tokens[i].Classes & Vocabulary.NumberWordBit) != 0)
        {
            var word = tokens[i].Of(text);
            // "two ten-year-old boys" is two boys: a unit follows only a tens word ("twenty two") or a scale.
            var unit = units.TryGetValue(word, out var u);
            if (unit && current % 100 != 0 && !word.Equals("dozen", StringComparison.OrdinalIgnoreCase) && !(current % 10 == 0 && u < 10))
            {
                break;
            }

            if (unit)
            {
                current = word.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? Math.Max(current, 1) * 12 : current + u;
            }
            else if (scales.TryGetValue(word, out var s) && last >= 0)
            {
                current = Math.Max(current, 1) * s;
                if (s >= 1000)
                {
                    total += current;
                    current = 0;
                }
            }
            else
            {
                break;
            }

            last = i;
            i++;

            // Hyphenated tens ("seventy-two") and "and" inside ("two hundred and five").
            if (i + 1 < end && (text[tokens[i].Start] == '-' ||
                (tokens[i].Of(text).Equals("and", StringComparison.OrdinalIgnoreCase) && last > at && scales.ContainsKey(tokens[last].Of(text)))) &&
                (tokens[i + 1].Classes & Vocabulary.NumberWordBit) != 0 && units.ContainsKey(tokens[i + 1].Of(text)))
            {
                i++;
            }
        }

        return last < 0 ? null : (total + current, last - at + 1);
    }
}
