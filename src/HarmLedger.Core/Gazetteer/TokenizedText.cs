using System.Buffers;
using System.Runtime.CompilerServices;

namespace HarmLedger.Gazetteer;

/// <summary>A text split into words, with each word's folded key laid out in one buffer, single-space separated.</summary>
/// <remarks>
/// Consecutive words' keys are contiguous, so the key of an n-word phrase is one slice of <see cref="Keys"/>:
/// no string is built to look a phrase up. Arabic articles (al-, el-, ash-Sh…) are dropped from the keys.
/// Buffers come from the shared pool; dispose to return them.
/// </remarks>
internal sealed class TokenizedText : IDisposable
{
    private const int MaxPhraseWords = 5;

    private PlaceToken[] _tokens;
    private char[] _keys;
    private char[] _scratch;
    private string _text = "";

    /// <summary>Creates an empty instance whose buffers fit texts of <paramref name="textLength"/> characters; <see cref="Load"/> grows them.</summary>
    public TokenizedText(int textLength)
    {
        _tokens = ArrayPool<PlaceToken>.Shared.Rent(TokenCapacity(textLength));
        _keys = ArrayPool<char>.Shared.Rent(KeyCapacity(textLength));
        _scratch = ArrayPool<char>.Shared.Rent(KeyCapacity(textLength));
    }

    /// <summary>The words found.</summary>
    public ReadOnlySpan<PlaceToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The number of words.</summary>
    public int Count { get; private set; }

    /// <summary>The folded keys of all words.</summary>
    public ReadOnlySpan<char> Keys => _keys;

    /// <summary>The folded key of one word, folding it into <paramref name="buffer"/> if the scan left it unfolded; empty if it does not fit.</summary>
    public ReadOnlySpan<char> Word(int index, Span<char> buffer)
    {
        var token = _tokens[index];
        if (token.KeyStart >= 0)
        {
            return _keys.AsSpan(token.KeyStart, token.KeyLength);
        }

        var raw = _text.AsSpan(token.Start, token.End - token.Start);
        return raw.Length > buffer.Length ? [] : buffer[..PlaceNameFolding.FoldToken(raw, buffer)];
    }

    /// <summary>The folded key of words <paramref name="first"/> to <paramref name="last"/> inclusive, all folded by the scan.</summary>
    public ReadOnlySpan<char> Phrase(int first, int last) =>
        _keys.AsSpan(_tokens[first].KeyStart, _tokens[last].KeyStart + _tokens[last].KeyLength - _tokens[first].KeyStart);

    /// <summary>Splits a text into words and folds them.</summary>
    /// <remarks>Report text is scanned with <paramref name="foldAll"/> false: lower-case words far from any capitalised one stay unfolded.</remarks>
    public static TokenizedText Tokenize(string text, bool foldAll)
    {
        var result = new TokenizedText(text.Length);
        result.Load(text, foldAll);
        return result;
    }

    /// <summary>Replaces the content with the words of another text, reusing the buffers.</summary>
    public void Load(string text, bool foldAll)
    {
        if (_tokens.Length < TokenCapacity(text.Length) || _keys.Length < KeyCapacity(text.Length))
        {
            Dispose();
            _tokens = ArrayPool<PlaceToken>.Shared.Rent(TokenCapacity(text.Length));
            _keys = ArrayPool<char>.Shared.Rent(KeyCapacity(text.Length));
            _scratch = ArrayPool<char>.Shared.Rent(KeyCapacity(text.Length));
        }

        Count = 0;
        _text = text;
        Fill(text, foldAll);
    }

    private static int TokenCapacity(int textLength) => Math.Max(16, (textLength / 2) + 1);

    private static int KeyCapacity(int textLength) => Math.Max(16, (textLength * 2) + 2);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_tokens.Length > 0)
        {
            ArrayPool<PlaceToken>.Shared.Return(_tokens);
            ArrayPool<char>.Shared.Return(_keys);
            ArrayPool<char>.Shared.Return(_scratch);
        }

        _tokens = [];
        _keys = [];
        _scratch = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(ReadOnlySpan<char> text, bool foldAll)
    {
        var keyEnd = 0;
        var position = 0;
        var sinceCapitalised = MaxPhraseWords;
        var pendingArticleStart = -1;
        var broken = true;
        while (position < text.Length)
        {
            var start = position;
            var separatorIsPlain = true;
            while (start < text.Length && !PlaceNameFolding.IsWordChar(text[start]))
            {
                separatorIsPlain &= text[start] is ' ' or '-' or '\u00A0' or '\u2010' || PlaceNameFolding.IsApostrophe(text[start]);
                start++;
            }

            var end = start;
            while (end < text.Length && (PlaceNameFolding.IsWordChar(text[end])
                || (PlaceNameFolding.IsApostrophe(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end > start)))
            {
                end++;
            }

            position = end;
            if (end == start)
            {
                break;
            }

            broken |= !separatorIsPlain || start == 0;
            var word = text[start..end];
            var capitalised = IsCapitalised(word);
            sinceCapitalised = capitalised ? 0 : sinceCapitalised + 1;
            if (!foldAll && sinceCapitalised >= MaxPhraseWords && (word.Length > 3 || (word[0] | 0x20) is not ('a' or 'e')))
            {
                // A lower-case word this far from any capitalised one can be in no name: keep it unfolded.
                _tokens[Count++] = new PlaceToken(start, end, -1, 0, false, false, broken);
                broken = false;
                pendingArticleStart = -1;
                continue;
            }

            var length = PlaceNameFolding.FoldToken(word, _scratch);
            if (length == 0)
            {
                continue;
            }

            var folded = _scratch.AsSpan(0, length);
            if (IsArticle(folded, text, end))
            {
                // Keep the article in the mention's span when it is written onto the name ("al-Mayadin", "Al Mayadin").
                pendingArticleStart = pendingArticleStart >= 0 ? pendingArticleStart
                    : (end < text.Length && text[end] == '-') || folded is "al" or "el" ? start : -1;
                continue;
            }

            var tokenStart = pendingArticleStart >= 0 ? pendingArticleStart : start;
            if (Count > 0 && !broken)
            {
                _keys[keyEnd++] = ' ';
            }
            else if (Count > 0)
            {
                _keys[keyEnd++] = '|';
            }

            folded.CopyTo(_keys.AsSpan(keyEnd));
            _tokens[Count++] = new PlaceToken(tokenStart, end, keyEnd, length, capitalised, capitalised && IsAllCaps(word), broken);
            keyEnd += length;
            pendingArticleStart = -1;
            broken = false;
        }
    }

    // al/el before any word; ad/ar/as/ash/at/az/an/ed/er/es/et/ez/en (sun-letter forms) only before a word starting with their consonant.
    private static bool IsArticle(ReadOnlySpan<char> folded, ReadOnlySpan<char> text, int end)
    {
        if (folded is "al" or "el")
        {
            return true;
        }

        if (folded.Length is < 2 or > 3 || folded[0] is not ('a' or 'e') || folded is "an" or "as" or "at" && !NextIsHyphen(text, end))
        {
            return false;
        }

        var consonant = folded[1..];
        if (consonant is not ("d" or "r" or "s" or "sh" or "t" or "z" or "n" or "dh" or "th"))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && text[next] is ' ' or '-')
        {
            next++;
        }

        return next + consonant.Length <= text.Length
            && text.Slice(next, consonant.Length).Equals(consonant, StringComparison.OrdinalIgnoreCase);
    }

    private static bool NextIsHyphen(ReadOnlySpan<char> text, int end) => end < text.Length && text[end] == '-';

    // Upper-case first letter, or a letter of an uncased script (Arabic, Hebrew).
    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c) || (c > '\u024F' && !char.IsLower(c));
            }
        }

        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c) || (c > '\u024F' && char.IsLetter(c) && !char.IsUpper(c)))
            {
                return false;
            }
        }

        return true;
    }
}
