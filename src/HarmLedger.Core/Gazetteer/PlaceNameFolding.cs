using System.Globalization;
using System.Runtime.CompilerServices;

namespace HarmLedger.Gazetteer;

/// <summary>Folds one token of a place name to its matching key: case, diacritics and common transliteration variants removed.</summary>
/// <remarks>
/// The same folding is applied to gazetteer names and to report text, so a variant only has to fold to the
/// same key on both sides: "Mayādīn", "Mayadeen" and "Mayadin" all fold to "maiadin". Folds are kept cheap and
/// conservative (ee/i, ou/oo/u, ei/ai, inner y/i, doubled letters, final -ah/-eh); dh/z and similar are not folded.
/// </remarks>
internal static class PlaceNameFolding
{
    private const int TableSize = 0x2100;

    // Per-character fold: '\0' drops the character; otherwise the lower-case base letter. Immutable after type init.
    private static readonly char[] Fold = BuildFoldTable();

    /// <summary>Whether the character is part of a word: a letter, digit, combining mark or an apostrophe-like letter (ʿ ʾ).</summary>
    public static bool IsWordChar(char c) =>
        c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '\u02BE' or '\u02BF' or '\u02BB' or '\u02BC'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Whether the character is an apostrophe that may sit inside a word ("Ma'rib", "Ta`izz").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '`' or '\u2018' or '\u2019' or '\u00B4' or '\u2032';

    /// <summary>Folds a token into <paramref name="destination"/> (at least as long as the token) and returns the folded length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FoldToken(ReadOnlySpan<char> token, Span<char> destination)
    {
        var length = 0;
        var latin = false;
        foreach (var c in token)
        {
            var folded = c < TableSize ? Fold[c] : char.ToLowerInvariant(c);
            if (folded == '\0')
            {
                continue;
            }

            latin |= folded is >= 'a' and <= 'z';
            destination[length++] = folded;
        }

        return latin ? Transliterate(destination[..length]) : StripArabicArticle(destination, length);
    }

    // ee→i, oo/ou→u, ei→ai, inner y→i, doubled letters once, final -ah/-eh→a, applied in place.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Transliterate(Span<char> s)
    {
        var length = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 'e' && next == 'e')
            {
                c = 'i';
                i++;
            }
            else if (c == 'o' && next is 'o' or 'u')
            {
                c = 'u';
                i++;
            }
            else if (c == 'e' && next == 'i')
            {
                c = 'a';
            }
            else if (c == 'y' && length > 0 && char.IsLetter(s[length - 1]))
            {
                c = 'i';
            }

            if (length > 0 && s[length - 1] == c && char.IsLetter(c))
            {
                continue;
            }

            s[length++] = c;
        }

        if (length > 3 && s[length - 1] == 'h' && s[length - 2] is 'a' or 'e')
        {
            length--;
            s[length - 1] = 'a';
        }

        return length;
    }

    // The Arabic article ال written onto the word ("الميادين" → "ميادين").
    private static int StripArabicArticle(Span<char> s, int length)
    {
        if (length >= 4 && s[0] == '\u0627' && s[1] == '\u0644')
        {
            s[2..length].CopyTo(s);
            return length - 2;
        }

        return length;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        if (IsApostrophe(c) || c is '\u02BE' or '\u02BF' or '\u02BB' or '\u02BC' or '\u0640'
            || c is >= '\u064B' and <= '\u065F' or '\u0670' || c is >= '\u0591' and <= '\u05C7'
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return '\0';
        }

        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case '\u0623' or '\u0625' or '\u0622' or '\u0671': return '\u0627'; // alef forms → ا
            case '\u0629' or '\u06C0': return '\u0647'; // ة → ه
            case '\u0649' or '\u06CC': return '\u064A'; // ى and Persian ی → ي
            case '\u06A9': return '\u0643'; // Persian ک → ك
            case '\u0451': return '\u0435'; // ё → е
            case 'ø': return 'o';
            case 'đ' or 'ð': return 'd';
            case 'ł': return 'l';
            case 'ı': return 'i';
            case 'ħ': return 'h';
            case 'ß': return 's';
            case 'æ': return 'a';
            case 'œ': return 'o';
            case 'þ': return 't';
            default: break;
        }

        var baseLetter = LatinBaseLetters.Of(lower);
        return baseLetter != '\0' ? baseLetter : lower;
    }
}
