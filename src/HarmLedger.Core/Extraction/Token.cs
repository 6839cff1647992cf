using System.Runtime.InteropServices;

namespace HarmLedger.Extraction;

/// <summary>One token of a text, located by UTF-16 offsets (end exclusive).</summary>
/// <param name="Value">For numbers, the integer value; -1 when it is not a whole count (decimals).</param>
/// <param name="Suffixed">For numbers, whether letters follow the digits directly ("7th", "11pm", "85km").</param>
/// <param name="LineBefore">Whether a line break separates this token from the previous one.</param>
/// <param name="Classes">Which lexicons have a phrase starting with this word (bits set by <see cref="Vocabulary.Classify"/>).</param>
/// <param name="Word">When <paramref name="Classes"/> has bits, the vocabulary's id of the word, which its matchers index phrases by.</param>
/// <remarks>
/// Laid out by the runtime (the long first, the bools last) in 32 bytes rather than 40 in declaration order: the rules
/// copy tokens out of their list at every step, and a smaller token is one vector copy that straddles fewer cache lines.
/// </remarks>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct Token(int Start, int End, TokenKind Kind, long Value, bool Suffixed, bool LineBefore, uint Classes = 0, int Word = 0)
{
    /// <summary>The token's text as a span of the document.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
