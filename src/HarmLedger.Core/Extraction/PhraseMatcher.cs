using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HarmLedger.Extraction;

/// <summary>A matcher whose phrases the vocabulary indexes by the ids it gives words.</summary>
internal interface IWordIndexed
{
    /// <summary>Indexes the phrases by their first word's id (<paramref name="idOf"/>, ids below <paramref name="count"/>).</summary>
    void IndexFirstWords(Func<string, int> idOf, int count);
}

/// <summary>Finds fixed phrases (case-insensitive unless marked) at token positions; immutable once its vocabulary is built.</summary>
internal sealed class PhraseMatcher<T> : IWordIndexed
{
    private readonly Dictionary<string, Entry[]> _byFirst;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly uint _bit;

    // The phrases by first word id (Token.Word), once the vocabulary has indexed them; empty until then.
    private Entry[]?[] _byWord = [];

    /// <summary>Builds a matcher; a phrase starting with '=' is matched case-sensitively.</summary>
    /// <param name="bit">The token class bit that marks this matcher's first words; 0 disables the filter.</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, uint bit = 0)
    {
        _bit = bit;
        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (raw, value) in phrases)
        {
            var exact = raw.StartsWith('=');
            var phrase = exact ? raw[1..] : raw;
            var parts = Tokenizer.Tokenize(phrase).Select(t => phrase[t.Start..t.End]).ToArray();
            if (!groups.TryGetValue(parts[0], out var list))
            {
                groups[parts[0]] = list = [];
            }

            list.Add(new Entry(parts, value, exact));
        }

        _byFirst = groups.ToDictionary(
            g => g.Key, g => g.Value.OrderByDescending(e => e.Parts.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/> and ending before <paramref name="end"/>, if any.</summary>
    /// <remarks>Inlined where called: most tokens lack the matcher's bit, and are turned away without a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PhraseMatch<T>? Match(string text, List<Token> tokens, int at, int end) =>
        at >= end || (_bit != 0 && (tokens[at].Classes & _bit) == 0) ? null : MatchAt(text, tokens, at, end);

    private PhraseMatch<T>? MatchAt(string text, List<Token> tokens, int at, int end)
    {
        // A token with this matcher's bit was classified, so its word id finds the phrases without hashing the word.
        var byWord = _bit != 0 && _byWord.Length > 0;
        var entries = byWord ? _byWord[tokens[at].Word]
            : _lookup.TryGetValue(tokens[at].Of(text), out var found) ? found : null;
        if (entries is null)
        {
            return null;
        }

        var span = CollectionsMarshal.AsSpan(tokens);
        foreach (var e in entries)
        {
            if (at + e.Parts.Length > end)
            {
                continue;
            }

            // Found by its word id, the token equals every phrase's first word ignoring case (the vocabulary gave it the
            // id of that word): only a case-sensitive phrase need compare it again. A part of another length never
            // equals the token, whatever the comparison.
            var ok = true;
            for (var k = byWord && !e.Exact ? 1 : 0; k < e.Parts.Length && ok; k++)
            {
                var word = span[at + k].Of(text);
                var part = e.Parts[k];
                ok = word.Length == part.Length &&
                     (e.Exact ? word.SequenceEqual(part) : word.Equals(part, StringComparison.OrdinalIgnoreCase));
            }

            if (ok)
            {
                return new PhraseMatch<T>(e.Value, e.Parts.Length);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public void IndexFirstWords(Func<string, int> idOf, int count)
    {
        var byWord = new Entry[]?[count];
        foreach (var (first, entries) in _byFirst)
        {
            byWord[idOf(first)] = entries;
        }

        _byWord = byWord;
    }

    /// <summary>The token class bit of this matcher's first words.</summary>
    public uint Bit => _bit;

    /// <summary>The words that phrases start with.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The first match in a token range, with its position.</summary>
    public (int At, PhraseMatch<T> Match)? FindFirst(string text, List<Token> tokens, int first, int end)
    {
        // The class bits are tested straight on the list's storage (no copy of each token), so that the phrases are
        // looked up only at the few tokens with this matcher's bit.
        var span = CollectionsMarshal.AsSpan(tokens);
        for (var i = first; i < end; i++)
        {
            if ((_bit == 0 || (span[i].Classes & _bit) != 0) && MatchAt(text, tokens, i, end) is { } m)
            {
                return (i, m);
            }
        }

        return null;
    }

    private sealed record Entry(string[] Parts, T Value, bool Exact);
}
