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

            length = Append(word, range.End.GetOffset(phrase.Length) == phrase.Length, destination, length);
            if (length < 0)
            {
                return 0;
            }

            words++;
        }

        return words == 0 ? 0 : length;
    }

    /// <summary>Whether a one-word phrase's loose key is the word itself; when not, it has none.</summary>
    /// <remarks>A word alone keeps its last letter, so the scan looks it up as it is, with the hash it already has.</remarks>
    public static bool IsOwnKey(ReadOnlySpan<char> word) => !word.IsEmpty && word.Length <= MaxLength && !IsEzafe(word);

    /// <summary>Writes what a phrase's first word, not an ezafe, gives its loose key and returns the length, or 0 when too long.</summary>
    /// <param name="word">The folded first word.</param>
    /// <param name="alone">Whether the phrase is that word alone.</param>
    /// <param name="destination">Where to write.</param>
    /// <remarks>A phrase's loose key starts with it: a table of keys' starts can turn a phrase away before its key is built.</remarks>
    public static int BuildStart(ReadOnlySpan<char> word, bool alone, Span<char> destination) =>
        IsEzafe(word) ? 0 : Math.Max(0, Append(word, alone, destination, 0));

    // Appends one word's part of the key at `length` and returns the new length, or -1 when it does not fit.
    private static int Append(ReadOnlySpan<char> word, bool last, Span<char> destination, int length)
    {
        // An ezafe written onto the word before the next one: "Nahri Saraj", "Deh-i Sabz" (not the last word).
        var kept = !last && word.Length >= 4 && word[^1] is 'i' or 'e' ? word[..^1] : word;
        if (length + kept.Length > MaxLength || length + kept.Length > destination.Length)
        {
            return -1;
        }

        kept.CopyTo(destination[length..]);
        length += kept.Length;

        // The fold's final -ah/-eh → a, for a word that had an ezafe after it: "Chahi" → "chah" → "cha", as "Chah-e".
        if (kept.Length > 3 && kept.Length < word.Length && kept[^1] == 'h' && kept[^2] is 'a' or 'e')
        {
            length--;
            destination[length - 1] = 'a';
        }

        return length;
    }

    private static bool IsEzafe(ReadOnlySpan<char> word) => word is "e" or "i" or "ye" or "yi" or "y";
}
