namespace HarmLedger.Gazetteer;

/// <summary>The consonants of a folded Latin-script name, for a last-chance match of a district name.</summary>
/// <remarks>
/// Arabic and Persian write few vowels, so romanisations of one name differ mostly in them and in w/y:
/// "Dawlat Yar", "Dowlatyar" and "Daulat Yar" all give "dltr". Far too loose on its own: the resolver uses it only
/// for "X district" that matched nothing else, looks up only units and seats, and keeps a place only in a province
/// the text names.
/// </remarks>
internal static class ConsonantSkeleton
{
    /// <summary>The fewest consonants a skeleton must keep to be looked up.</summary>
    public const int MinLength = 4;

    /// <summary>The longest skeleton built; longer names have none.</summary>
    public const int MaxLength = 48;

    /// <summary>Writes the skeleton of a folded phrase and returns its length, or 0 when it has none (too short, or not Latin).</summary>
    public static int Build(ReadOnlySpan<char> phrase, Span<char> destination)
    {
        var length = 0;
        foreach (var c in phrase)
        {
            if (c == ' ' || c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w')
            {
                continue;
            }

            if (c is < 'a' or > 'z' || length == MaxLength || length == destination.Length)
            {
                return 0;
            }

            if (length == 0 || destination[length - 1] != c)
            {
                destination[length++] = c;
            }
        }

        return length >= MinLength ? length : 0;
    }
}
