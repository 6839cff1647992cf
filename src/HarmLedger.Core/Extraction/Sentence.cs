namespace HarmLedger.Extraction;

/// <summary>A sentence as a token range [First, End) within a paragraph.</summary>
internal readonly record struct Sentence(int Index, int First, int End, int Paragraph)
{
    /// <summary>The sentence's text, from its first token to its last: one vectorised search of it can spare a rule its token loop.</summary>
    public ReadOnlySpan<char> Of(string text, List<Token> tokens) =>
        End > First ? text.AsSpan(tokens[First].Start, tokens[End - 1].End - tokens[First].Start) : [];
}
