using System.Runtime.CompilerServices;

namespace HarmLedger.Gazetteer;

/// <summary>A gazetteer entry with the folded keys of all its names, computed apart from indexing so loading can use two threads.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Keys">Its distinct folded names (at most five words each) and split forms of "-abad" compounds, one a line.</param>
internal sealed record FoldedEntry(GazetteerEntry Entry, string Keys)
{
    /// <summary>The separator between keys in <see cref="Keys"/>; folded keys never contain it.</summary>
    public const char Separator = '\n';

    private const int MaxPhraseWords = 5;

    // Folded Dari and Pashto words for a seat of government: centre, government, district, sub-district, province.
    private static readonly HashSet<string> SeatWords = new(StringComparer.Ordinal)
    {
        "markaz", "hukumat", "hukumati", "wuluswali", "wuleswali", "uluswali", "ulusvali", "vulusvali", "wilaiat",
        "alaqahdari", "alaqadari", "alakadari",
    };

    /// <summary>Folds an entry's name, ASCII name and alternate names, using <paramref name="scratch"/> as working space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FoldedEntry Fold(GazetteerEntry entry, TokenizedText scratch)
    {
        var keys = new System.Text.StringBuilder(64);
        AddKeys(scratch, entry.Name, keys);
        if (!ReferenceEquals(entry.AsciiName, entry.Name))
        {
            AddKeys(scratch, entry.AsciiName, keys);
        }

        for (var i = 0; i < entry.AlternateNames.Count; i++)
        {
            AddKeys(scratch, entry.AlternateNames[i], keys);
        }

        return new FoldedEntry(entry, keys.ToString());
    }

    /// <summary>Folds entries one by one on the calling thread.</summary>
    public static IEnumerable<FoldedEntry> FoldAll(IEnumerable<GazetteerEntry> entries)
    {
        using var scratch = new TokenizedText(256);
        foreach (var entry in entries)
        {
            yield return Fold(entry, scratch);
        }
    }

    /// <summary>Adds the folded key of one name (and its split "-abad" form) unless already present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddKeys(TokenizedText scratch, string name, System.Text.StringBuilder keys)
    {
        scratch.Load(name, foldAll: true);
        if (scratch.Count == 0)
        {
            return;
        }

        var (first, last) = WithoutSeatWords(scratch);
        if ((first > 0 || last < scratch.Count - 1) && last - first < MaxPhraseWords && scratch.Phrase(first, last).Length >= 3)
        {
            AddDistinct(keys, scratch.Phrase(first, last));
        }

        var key = scratch.Count > MaxPhraseWords ? [] : scratch.Phrase(0, scratch.Count - 1);
        if (key.Length < 2)
        {
            return;
        }

        AddDistinct(keys, key);

        // Persian compounds are written joined or apart: "Dowlatabad", "Dawlat Abad".
        if (scratch.Count == 1 && key.Length > 6 && key.EndsWith("abad", StringComparison.Ordinal))
        {
            AddDistinct(keys, $"{key[..^4]} abad");
        }
    }

    // Afghan district and province seats are often named for their office: "Hukumati Azrah", "Markaz-e Woluswali-ye
    // Achin", "Muhammad Aghah Wuluswali". Reports write the bare name, so it is a key too: the words left, first to last.
    private static (int First, int Last) WithoutSeatWords(TokenizedText scratch)
    {
        Span<char> buffer = stackalloc char[32];
        var seatWords = SeatWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int first = 0, last = scratch.Count - 1;
        while (first < last && (seatWords.Contains(scratch.Word(first, buffer)) || (first > 0 && IsEzafe(scratch.Word(first, buffer)))))
        {
            first++;
        }

        while (last > first && seatWords.Contains(scratch.Word(last, buffer)))
        {
            last--;
        }

        return (first, last);
    }

    private static bool IsEzafe(ReadOnlySpan<char> word) => word is "e" or "i" or "ye" or "yi" or "y";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddDistinct(System.Text.StringBuilder keys, ReadOnlySpan<char> key)
    {
        foreach (var chunk in keys.GetChunks())
        {
            foreach (var range in chunk.Span.Split(Separator))
            {
                if (chunk.Span[range].SequenceEqual(key))
                {
                    return;
                }
            }
        }

        keys.Append(key).Append(Separator);
    }
}
