using System.Collections.Frozen;
using System.Text;

namespace HarmLedger.Extraction;

/// <summary>
/// Given names that tell a woman on their own (<c>data/lexicon/female-given-names.txt</c>): monitors code a named
/// victim of stated adult age, or of no stated age, as a woman when her given name is a woman's.
/// </summary>
internal static class GivenNames
{
    private const string Resource = "HarmLedger.Extraction.female-given-names.txt";

    private static readonly FrozenSet<string> Female = Load();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleLookup = Female.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> (any case) is a woman's given name.</summary>
    public static bool IsFemale(ReadOnlySpan<char> name) => name.Length is > 1 and < 40 && FemaleLookup.Contains(name);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && !name.StartsWith('#'))
            {
                names.Add(name);
            }
        }

        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
