using System.Runtime.CompilerServices;

namespace HarmLedger.Gazetteer;

/// <summary>Rules about one word of a text: is it an Arabic article, capitalised, all capitals, an inner apostrophe.</summary>
internal static class WordShape
{
    // al/el before any word; ad/ar/as/ash/at/az/an/ed/er/es/et/ez/en (sun-letter forms) only before a word starting with their consonant.
    // In gazetteer names (foldAll) "an Nu'man" is an article; in English text "an"/"as"/"at" are one only when hyphenated.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsArticle(ReadOnlySpan<char> folded, ReadOnlySpan<char> text, int end, bool gazetteerName)
    {
        if (folded is "al" or "el")
        {
            return true;
        }

        if (folded.Length is < 2 or > 3 || folded[0] is not ('a' or 'e') || folded is "an" or "as" or "at" && !gazetteerName && !NextIsHyphen(text, end))
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

    // An apostrophe inside a word ("Ma'rib"), but not the English possessive ("Raqqa's").
    public static bool IsInnerApostrophe(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && char.IsLetter(text[at + 1])
        && !((text[at + 1] is 's' or 'S') && (at + 2 == text.Length || !char.IsLetter(text[at + 2])));

    private static bool NextIsHyphen(ReadOnlySpan<char> text, int end) => end < text.Length && text[end] == '-';

    // Upper-case first letter, or a letter of an uncased script (Arabic, Hebrew).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsCapitalised(ReadOnlySpan<char> word)
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsAllCaps(ReadOnlySpan<char> word)
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
