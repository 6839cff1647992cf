using System.Buffers;

namespace HarmLedger.Extraction;

/// <summary>Splits text into words, numbers and punctuation by hand scanning (no regular expressions).</summary>
internal static class Tokenizer
{
    // A list per thread, reused from one document to the next (a fresh one for a long document is mostly zeroing).
    [ThreadStatic]
    private static List<Token>? t_spare;

    private const int MaxKept = 1 << 16;

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Tokenizes a whole text.</summary>
    public static List<Token> Tokenize(string text) => Tokenize(text, new List<Token>(text.Length / 4 + 4));

    /// <summary>A token list for one document, taken from this thread's spare when there is one; give it back with <see cref="Return"/>.</summary>
    public static List<Token> Rent(int textLength)
    {
        var list = t_spare ?? new List<Token>(Math.Min(textLength / 4 + 4, MaxKept));
        t_spare = null;
        list.Clear();
        return list;
    }

    /// <summary>Keeps <paramref name="list"/> for this thread's next document, unless a huge text grew it.</summary>
    public static void Return(List<Token> list)
    {
        if (list.Capacity <= MaxKept)
        {
            t_spare = list;
        }
    }

    /// <summary>Tokenizes a whole text into <paramref name="tokens"/>.</summary>
    public static List<Token> Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        var lineBefore = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                lineBefore |= c == '\n';
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                tokens.Add(ScanNumber(text, ref i, lineBefore));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (true)
                {
                    // Most of a word is ASCII letters and digits, found in one vectorised search; a character after them
                    // that still belongs to the word (another letter, an inner apostrophe) is taken and the search goes on.
                    var run = text.AsSpan(i).IndexOfAnyExcept(AsciiLettersAndDigits);
                    i = run < 0 ? text.Length : i + run;
                    if (i < text.Length && (char.IsLetterOrDigit(text[i]) ||
                        (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                    {
                        i++;
                        continue;
                    }

                    break;
                }

                tokens.Add(new Token(start, i, TokenKind.Word, 0, false, lineBefore));
            }
            else
            {
                i++;
                tokens.Add(new Token(start, i, TokenKind.Punct, 0, false, lineBefore));
            }

            lineBefore = false;
        }

        return tokens;
    }

    private static Token ScanNumber(string text, ref int i, bool lineBefore)
    {
        var start = i;
        long value = 0;
        var whole = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                value = value < 100_000_000_000 ? value * 10 + (c - '0') : value;
                i++;
            }
            else if ((c == ',' || (c is '\u00A0' or '\u202F' or '\u2009' && whole && value < 1000)) && IsGroup(text, i + 1))
            {
                // "1,953", and "1 200" with a no-break or thin space, as French and UN texts group thousands.
                i++;
            }
            else if (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && !(i - start == 4 && value is >= 1900 and <= 2100))
            {
                whole = false;
                i++;
            }
            else
            {
                break;
            }
        }

        var suffixed = false;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            suffixed = true;
            i++;
        }

        return new Token(start, i, TokenKind.Number, whole ? value : -1, suffixed, lineBefore);
    }

    // A thousands group is exactly three digits not followed by another digit.
    private static bool IsGroup(string text, int at) =>
        at + 2 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) &&
        char.IsAsciiDigit(text[at + 2]) && (at + 3 >= text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
