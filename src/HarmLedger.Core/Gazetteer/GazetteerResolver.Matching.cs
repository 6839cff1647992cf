namespace HarmLedger.Gazetteer;

/// <summary>The scan: one pass over the words, one hash lookup per word n-gram (n ≤ 5), longest match first.</summary>
public sealed partial class GazetteerResolver
{
    /// <inheritdoc />
    public IReadOnlyList<PlaceMention> FindPlaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        using var tokens = TokenizedText.Tokenize(text, foldAll: false);
        var matches = Scan(tokens);
        return matches.Count == 0 ? [] : Resolve(text, matches);
    }

    private List<PhraseMatch> Scan(TokenizedText tokens)
    {
        var matches = new List<PhraseMatch>();
        var words = tokens.Tokens;
        for (var first = 0; first < words.Length; first++)
        {
            if (!words[first].Capitalised)
            {
                continue;
            }

            var maxWords = _index.MaxWordsStartingWith(tokens.Phrase(first, first));
            var maxLast = first;
            while (maxLast + 1 < words.Length && maxLast + 1 - first < maxWords && !words[maxLast + 1].BreakBefore)
            {
                maxLast++;
            }

            for (var last = maxLast; last >= first; last--)
            {
                var candidates = _index.Find(tokens.Phrase(first, last));
                if (!candidates.IsEmpty && IsPlausible(tokens, first, last))
                {
                    matches.Add(Describe(tokens, first, last, candidates.ToArray()));
                    first = last;
                    break;
                }
            }
        }

        return matches;
    }

    // A one-word match must not be a common word, an acronym or a two-letter fragment.
    private bool IsPlausible(TokenizedText tokens, int first, int last)
    {
        if (first != last)
        {
            return true;
        }

        var word = tokens.Tokens[first];
        var key = tokens.Phrase(first, last);
        return key.Length >= 3 && !_stopwords.Contains(key) && !(word.AllCaps && key.Length <= 3);
    }

    private PhraseMatch Describe(TokenizedText tokens, int first, int last, int[] candidates)
    {
        var words = tokens.Tokens;
        Span<char> buffer = stackalloc char[32];
        var end = words[last].End;
        PlaceKind? designated = null;
        if (last + 1 < words.Length && !words[last + 1].BreakBefore)
        {
            designated = Designation(tokens.Word(last + 1, buffer));
            end = designated is null ? end : words[last + 1].End;
        }

        var ofBefore = first >= 2 && !words[first].BreakBefore && !words[first - 1].BreakBefore
            && tokens.Word(first - 1, buffer).SequenceEqual(_vocabulary.Of);
        if (designated is null && ofBefore)
        {
            designated = Designation(tokens.Word(first - 2, buffer));
        }

        var relative = first >= 1 && !words[first].BreakBefore
            && (_vocabulary.Relative.Contains(tokens.Word(first - 1, buffer))
                || (ofBefore && _vocabulary.Relative.Contains(tokens.Word(first - 2, buffer))));
        return new PhraseMatch(first, last, words[first].Start, end, candidates, designated, relative);
    }

    private PlaceKind? Designation(ReadOnlySpan<char> word) =>
        _vocabulary.Province.Contains(word) ? PlaceKind.Province
        : _vocabulary.District.Contains(word) ? PlaceKind.District
        : _vocabulary.Town.Contains(word) ? PlaceKind.Town
        : null;
}
