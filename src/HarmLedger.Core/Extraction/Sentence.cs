using System.Buffers;

namespace HarmLedger.Extraction;

/// <summary>A sentence as a token range [First, End) within a paragraph.</summary>
internal readonly record struct Sentence(int Index, int First, int End, int Paragraph)
{
    /// <summary>The sentence's text, from its first token to its last: one vectorised search of it can spare a rule its token loop.</summary>
    public ReadOnlySpan<char> Of(string text, List<Token> tokens) =>
        End > First ? text.AsSpan(tokens[First].Start, tokens[End - 1].End - tokens[First].Start) : [];

    /// <summary>
    /// Whether the sentence's text holds any of <paramref name="words"/> (a <see cref="Mentions"/> set), in any case and
    /// anywhere, even inside a longer word: a cheap test that spares a rule its token loop when it cannot apply.
    /// </summary>
    public bool Mentions(string text, List<Token> tokens, SearchValues<string> words) => Of(text, tokens).ContainsAny(words);

    /// <summary>The class bits of the sentence's tokens, all together: which lexicons' words it holds.</summary>
    public uint ClassBits(List<Token> tokens)
    {
        var bits = 0u;
        foreach (var t in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[First..End])
        {
            bits |= t.Classes;
        }

        return bits;
    }

    /// <summary>A set of words for <see cref="Mentions(string, List{Token}, SearchValues{string})"/>, matched in any case.</summary>
    public static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
}
