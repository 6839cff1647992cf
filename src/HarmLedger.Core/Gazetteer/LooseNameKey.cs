namespace HarmLedger.Gazetteer;

/// <summary>A looser key for a folded multi-word name: the Persian ezafe and word breaks are ignored.</summary>
/// <remarks>
/// "Nahr-e Saraj", "Nahri Saraj" and "Nahrisaraj" all give "nahrsaraj"; "Nawa-e Barakzayi" and "Nawa-I-Barakzayi"
/// give "nawabarakzai". It matches far more loosely than the folded key, so the resolver trusts such a match only for
/// a place in a province the text names.
/// </remarks>
internal static class LooseNameKey
{
    /// <summary>The longest loose key built; longer phrases have none.</summary>
    public const int MaxLength = 64;

    /// <summary>Writes the loose key of a folded phrase (words separated by single spaces) and returns its length, or 0 when it has none.</summary>
    public static int Build(ReadOnlySpan<char> phrase, Span<char> destination)
    {
        var length = 0;
        var words = 0;
        foreach (var range in phrase.Split(' '))
        {
            var word = phrase[range];
            if (IsEzafe(word))
            {
                continue;
            }

            // An ezafe written onto the word before the next one: "Nahri Saraj", "Deh-i Sabz" (not the last word).
            var last = range.End.GetOffset(phrase.Length) == phrase.Length;
            if (!last && word.Length >= 4 && word[^1] is 'i' or 'e')
            {
                word = word[..^1];
            }

            if (length + word.Length > MaxLength || length + word.Length > destination.Length)
            {
                return 0;
            }

            word.CopyTo(destination[length..]);
            length += word.Length;
            words++;

            // The fold's final -ah/-eh → a, for a word that had an ezafe after it: "Chahi" → "chah" → "cha", as "Chah-e".
            if (word.Length > 3 && word.Length < phrase[range].Length && word[^1] == 'h' && word[^2] is 'a' or 'e')
            {
                length--;
                destination[length - 1] = 'a';
            }
        }

        return words == 0 ? 0 : length;
    }

    private static bool IsEzafe(ReadOnlySpan<char> word) => word is "e" or "i" or "ye" or "yi" or "y";
}
