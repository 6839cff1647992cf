namespace HarmLedger.Extraction;

/// <summary>Splits a token stream into sentences and paragraphs.</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "col", "gen", "lt", "sgt", "capt", "maj", "st", "no", "vs", "prof", "rev",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "brig", "cpl",
    };

    /// <summary>Splits at sentence-final punctuation followed by a capital, a quote, a digit or a line break.</summary>
    public static List<Sentence> Split(string text, List<Token> tokens)
    {
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var sentences = new List<Sentence>();
        var first = 0;
        var paragraph = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.LineBefore && i > first)
            {
                sentences.Add(new Sentence(sentences.Count, first, i, paragraph));
                paragraph++;
                first = i;
            }

            if (t.Kind != TokenKind.Punct || !IsFinal(text[t.Start]) || i + 1 >= tokens.Count)
            {
                continue;
            }

            var next = i + 1;
            while (next < tokens.Count && !tokens[next].LineBefore && IsCloser(text[tokens[next].Start]) &&
                   tokens[next].Kind == TokenKind.Punct)
            {
                next++;
            }

            if (next >= tokens.Count || tokens[next].LineBefore)
            {
                continue;
            }

            var n = tokens[next];
            var startsNew = n.Kind == TokenKind.Number || char.IsUpper(text[n.Start]) || IsOpener(text[n.Start]);
            var prev = i > 0 ? tokens[i - 1] : default;
            var abbreviation = text[t.Start] == '.' && i > 0 && prev.Kind == TokenKind.Word &&
                               (prev.End - prev.Start == 1 || lookup.Contains(prev.Of(text)));
            if (startsNew && !abbreviation)
            {
                sentences.Add(new Sentence(sentences.Count, first, next, paragraph));
                first = next;
                i = next - 1;
            }
        }

        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(sentences.Count, first, tokens.Count, paragraph));
        }

        return sentences;
    }

    private static bool IsFinal(char c) => c is '.' or '!' or '?';

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')';

    private static bool IsOpener(char c) => c is '"' or '“' or '(' or '‘';
}
