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
    private const int MaxWordLength = 128;

    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private PlaceToken[] _tokens;
    private char[] _keys;
    private char[] _scratch;
    private string _text = "";

    /// <summary>Creates an empty instance whose buffers fit texts of <paramref name="textLength"/> characters; <see cref="Load"/> grows them.</summary>
    public TokenizedText(int textLength)
    {
        _tokens = ArrayPool<PlaceToken>.Shared.Rent(TokenCapacity(textLength));
        _keys = ArrayPool<char>.Shared.Rent(KeyCapacity(textLength));
        _scratch = ArrayPool<char>.Shared.Rent(MaxWordLength);
    }

    /// <summary>The words found.</summary>
    public ReadOnlySpan<PlaceToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The number of words.</summary>
    public int Count { get; private set; }

    /// <summary>The text tokenized.</summary>
    public string Text => _text;

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

    /// <summary>The folded key of words <paramref name="first"/> to <paramref name="last"/> inclusive; empty unless the scan folded both ends.</summary>
    public ReadOnlySpan<char> Phrase(int first, int last) =>
        _tokens[first].KeyStart < 0 || _tokens[last].KeyStart < _tokens[first].KeyStart
            ? []
            : _keys.AsSpan(_tokens[first].KeyStart, _tokens[last].KeyStart + _tokens[last].KeyLength - _tokens[first].KeyStart);

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
        if (_keys.Length < KeyCapacity(text.Length))
        {
            Dispose();
            _tokens = ArrayPool<PlaceToken>.Shared.Rent(TokenCapacity(text.Length));
            _keys = ArrayPool<char>.Shared.Rent(KeyCapacity(text.Length));
            _scratch = ArrayPool<char>.Shared.Rent(MaxWordLength);
        }

        Count = 0;
        _text = text;
        Fill(text, foldAll);
    }

    // Words average over five characters; the token array grows when a text has more.
    private static int TokenCapacity(int textLength) => Math.Max(16, textLength / 6);

    // Folding never lengthens a word, and each separator takes the place of at least one non-word character.
    private static int KeyCapacity(int textLength) => Math.Max(16, textLength + 2);

    private void AddToken(PlaceToken token)
    {
        if (Count == _tokens.Length)
        {
            var larger = ArrayPool<PlaceToken>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan().CopyTo(larger);
            ArrayPool<PlaceToken>.Shared.Return(_tokens);
            _tokens = larger;
        }

        _tokens[Count++] = token;
    }

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

            // A word is mostly a run of ASCII letters, found in one vectorised search; a character after it that still
            // belongs to the word (a non-ASCII letter, an inner apostrophe) is taken and the search goes on.
            var end = start;
            while (true)
            {
                var run = text[end..].IndexOfAnyExcept(AsciiWordChars);
                end = run < 0 ? text.Length : end + run;
                if (end < text.Length && (PlaceNameFolding.IsWordChar(text[end])
                    || (PlaceNameFolding.IsApostrophe(text[end]) && end > start && WordShape.IsInnerApostrophe(text, end))))
                {
                    end++;
                    continue;
                }

                break;
            }

            position = end;
            if (end == start)
            {
                break;
            }

            broken |= !separatorIsPlain || start == 0;
            var word = text[start..end];
            var capitalised = WordShape.IsCapitalised(word);
            sinceCapitalised = capitalised ? 0 : sinceCapitalised + 1;
            if (word.Length > MaxWordLength
                || (!foldAll && sinceCapitalised >= MaxPhraseWords && (word.Length > 3 || (word[0] | 0x20) is not ('a' or 'e'))))
            {
                // A lower-case word this far from any capitalised one can be in no name: keep it unfolded.
                AddToken(new PlaceToken(start, end, -1, 0, false, false, broken));
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
            // ("Maarat An Numan", "Ras Al Ain": a capitalised "An", "As", "At" inside a capitalised name is its article,
            // though the English word would be written in lower case.)
            var inName = capitalised && Count > 0 && !broken && _tokens[Count - 1].Capitalised && _tokens[Count - 1].End < start;
            if (WordShape.IsArticle(folded, text, end, foldAll || inName))
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
            AddToken(new PlaceToken(tokenStart, end, keyEnd, length, capitalised, capitalised && WordShape.IsAllCaps(word), broken));
            keyEnd += length;
            pendingArticleStart = -1;
            broken = false;
        }
    }
}
