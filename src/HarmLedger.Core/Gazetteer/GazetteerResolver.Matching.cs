namespace HarmLedger.Gazetteer;

/// <summary>The scan: one pass over the words, one hash lookup per word n-gram (n ≤ 5), longest match first.</summary>
public sealed partial class GazetteerResolver
{
    private const int LooseMaxWords = 4;

    // Phrases of up to this many words continue their hashes from the shorter ones'; longer ones (rare) hash afresh.
    private const int HashedPhraseWords = 16;
    private const int MaxKeptMatches = 1 << 12;

    private const int MaxKeptTextLength = 1 << 20;

    // A match list per thread, reused from one text to the next (a fresh one sized for a long text is mostly zeroing).
    [ThreadStatic]
    private static List<PhraseMatch>? t_matches;

    // The words of the thread's last text, whose buffers the next text reuses (renting them for each text costs more).
    [ThreadStatic]
    private static TokenizedText? t_tokens;

    /// <inheritdoc />
    public IReadOnlyList<PlaceMention> FindPlaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var tokens = t_tokens ?? new TokenizedText(text.Length);
        t_tokens = null;
        var matches = t_matches ?? new List<PhraseMatch>(16);
        t_matches = null;
        try
        {
            tokens.Load(text, foldAll: false);
            Scan(tokens, matches);
            return matches.Count == 0 ? [] : Resolve(text, matches);
        }
        finally
        {
            // Kept for the thread's next text, unless a huge text grew them.
            matches.Clear();
            t_matches = matches.Capacity <= MaxKeptMatches ? matches : null;
            if (tokens.Keys.Length <= MaxKeptTextLength)
            {
                t_tokens = tokens;
            }
            else
            {
                tokens.Dispose();
            }
        }
    }

    private void Scan(TokenizedText tokens, List<PhraseMatch> matches)
    {
        var words = tokens.Tokens;
        Span<uint> hashes = stackalloc uint[HashedPhraseWords];
        for (var first = 0; first < words.Length; first++)
        {
            if (!words[first].Capitalised || AfterKunya(tokens, first))
            {
                continue;
            }

            // The word is hashed once: for its own lookup, its loose one, and as the start of each longer phrase's.
            var word = tokens.Phrase(first, first);
            hashes[0] = NameTable.Hash(word);
            var hashed = first;
            var single = _index.FindWord(word, hashes[0], out var maxWords, out var longer);
            var maxLast = first;
            // A phrase is one slice of the folded keys, so it stops at a word the scan left unfolded.
            while (maxLast + 1 < words.Length && maxLast + 1 - first < maxWords && !words[maxLast + 1].BreakBefore &&
                   words[maxLast + 1].KeyStart >= 0)
            {
                maxLast++;
            }

            PhraseMatch? match = null;
            for (var last = maxLast; last >= first; last--)
            {
                var candidates = last == first ? single
                    : GazetteerIndex.MayHave(longer, last - first + 1)
                        ? _index.Find(tokens.Phrase(first, last), PhraseHash(tokens, first, last, hashes, ref hashed))
                        : [];
                if (!candidates.IsEmpty && IsPlausible(tokens, first, last))
                {
                    match = Describe(tokens, first, last, candidates.ToArray());
                    break;
                }
            }

            match = LooseMatch(tokens, first, match?.Last ?? first - 1, hashes[0]) ?? match;
            if (match is { } found)
            {
                matches.Add(found);

                // Resume after the designator word too ("Idlib Province" must not match "Province" again).
                first = found.End > words[found.Last].End ? found.Last + 1 : found.Last;
            }
        }
    }

    // The hash of the phrase of words first to last, continued from the shorter phrases' in `hashes` (hashes[n] is that
    // of n + 1 words; `hashed` is the last word hashed so far): the longest phrase looked up hashes every word once,
    // and the shorter ones tried after it cost nothing more.
    private static uint PhraseHash(TokenizedText tokens, int first, int last, Span<uint> hashes, ref int hashed)
    {
        if (last - first >= hashes.Length)
        {
            return NameTable.Hash(tokens.Phrase(first, last));
        }

        for (; hashed < last; hashed++)
        {
            var done = tokens.Phrase(first, hashed).Length;
            hashes[hashed + 1 - first] = NameTable.ContinueHash(hashes[hashed - first], tokens.Phrase(first, hashed + 1)[done..]);
        }

        return hashes[last - first];
    }

    // "Abu Saada", "Umm Hamza", "bin Laden": the word after a kunya or a patronymic is a person's name, not a place
    // (a place named so, "Umm Qasr", matches from the first word).
    private static bool AfterKunya(TokenizedText tokens, int first)
    {
        var words = tokens.Tokens;
        if (first == 0 || words[first].BreakBefore || words[first - 1].KeyStart < 0)
        {
            return false;
        }

        var previous = tokens.Phrase(first - 1, first - 1);
        return previous is "abu" or "um" or "bin" or "ibn" or "bint";
    }

    // Second chance for a name written with another ezafe or word break ("Nahri Saraj" for "Nahr-e Saraj"), longer
    // than any exact match from the same word; the resolver keeps it only in a province the text names.
    private PhraseMatch? LooseMatch(TokenizedText tokens, int first, int exactLast, uint wordHash)
    {
        var words = tokens.Tokens;
        var maxLast = first;
        while (maxLast + 1 < words.Length && maxLast + 1 - first < LooseMaxWords && !words[maxLast + 1].BreakBefore &&
               words[maxLast + 1].KeyStart >= 0)
        {
            maxLast++;
        }

        // Most words start no longer loose key: the keys' starts tell, asked only when a phrase ending in a capitalised
        // word needs it. A word alone is its own key, looked up with its hash (the loose table's own filter turns most away).
        var word = tokens.Phrase(first, first);
        var mayLonger = (bool?)null;
        for (var last = maxLast; last > exactLast; last--)
        {
            if (!words[last].Capitalised)
            {
                continue;
            }

            var candidates = last == first ? (LooseNameKey.IsOwnKey(word) ? _index.FindLoose(word, wordHash) : [])
                : (mayLonger ??= MayStartLooser(word)) ? FindLoose(tokens.Phrase(first, last))
                : [];
            if (!candidates.IsEmpty && (first != last || IsPlausible(tokens, first, last)))
            {
                return Describe(tokens, first, last, candidates.ToArray()) with { Loose = true };
            }
        }

        return SkeletonMatch(tokens, first, exactLast);
    }

    // Last chance, for "X district" only: the consonants of X ("Dawlat Yar district" for Dowlatyar). As loose.
    private PhraseMatch? SkeletonMatch(TokenizedText tokens, int first, int exactLast)
    {
        var words = tokens.Tokens;
        for (var designator = first + 1; designator < words.Length && designator - first <= LooseMaxWords; designator++)
        {
            if (words[designator].BreakBefore || words[designator].KeyStart < 0)
            {
                return null;
            }

            // (The word is folded, so its key is in the buffer: nothing to fold it into.)
            if (!IsDistrict(tokens.Phrase(designator, designator)))
            {
                // A name's words are capitalised but for a short connector ("Nawa-e", "Deh-i"): "Taliban attacked" is none.
                if (!words[designator].Capitalised && words[designator].End - words[designator].Start > 3)
                {
                    return null;
                }

                continue;
            }

            var last = designator - 1;
            var candidates = last > exactLast && words[last].Capitalised ? FindBySkeleton(tokens.Phrase(first, last)) : [];
            return candidates.IsEmpty ? null : Describe(tokens, first, last, candidates.ToArray()) with { Loose = true };
        }

        return null;
    }

    // Whether a loose key of more words may start with this one.
    private bool MayStartLooser(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return true;
        }

        Span<char> key = stackalloc char[LooseNameKey.MaxLength];
        return _index.MayStartLoose(key[..LooseNameKey.BuildStart(word, alone: false, key)]);
    }

    private ReadOnlySpan<int> FindLoose(ReadOnlySpan<char> phrase)
    {
        Span<char> key = stackalloc char[LooseNameKey.MaxLength];
        var length = LooseNameKey.Build(phrase, key);
        return length == 0 ? [] : _index.FindLoose(key[..length]);
    }

    // (Apart, so that only a phrase before a district word pays for the skeleton's buffer.)
    private ReadOnlySpan<int> FindBySkeleton(ReadOnlySpan<char> phrase)
    {
        Span<char> skeleton = stackalloc char[ConsonantSkeleton.MaxLength];
        var length = ConsonantSkeleton.Build(phrase, skeleton);
        return length > 0 ? _index.FindBySkeleton(skeleton[..length]) : [];
    }

    // A one-word match must not be a common word, an acronym, a two-letter fragment, or one word of a longer
    // proper name ("Colonel Ryan Dillon", "Prime Minister Theresa May"); a longer match must not be all common words.
    private bool IsPlausible(TokenizedText tokens, int first, int last)
    {
        if (first != last)
        {
            // A capitalised name's words are capitalised but for short connectors ("Deir ez-Zor", "Ras al-Ain",
            // "Côte d'Ivoire") and designators ("Gaza city"), and an article opens no name with a lower-case word
            // after it: "The city's mayor" is no "The City" (London).
            if (tokens.Tokens[first].Capitalised)
            {
                var article = tokens.Phrase(first, first) is "the";
                for (var i = first + 1; i <= last; i++)
                {
                    var word = tokens.Tokens[i];
                    if (!word.Capitalised && word.End - word.Start > 3 && !tokens.Text.AsSpan(word.Start, word.End - word.Start).ContainsAnyInRange('A', 'Z') &&
                        (article || Designation(tokens.Phrase(i, i)) is null))
                    {
                        return false;
                    }
                }
            }

            // "White House" is all common words; "Beach Camp" ends in a designator and is a name.
            for (var i = first; i <= last; i++)
            {
                if (!_stopwords.Contains(tokens.Phrase(i, i)))
                {
                    return true;
                }
            }

            return Designation(tokens.Phrase(last, last)) is not null;
        }

        var words = tokens.Tokens;
        var key = tokens.Phrase(first, last);
        if (key.Length < 3 || _stopwords.Contains(key) || (words[first].AllCaps && key.Length <= 3))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[32];
        var previous = first > 0 && !words[first].BreakBefore && words[first - 1].Capitalised ? tokens.Word(first - 1, buffer) : [];
        var afterName = !previous.IsEmpty && !_vocabulary.ToponymPrefix.Contains(previous)
            && (!_stopwords.Contains(previous) || _vocabulary.Title.Contains(previous));
        var beforeName = last + 1 < words.Length && !words[last + 1].BreakBefore && words[last + 1].Capitalised
            && !_stopwords.Contains(tokens.Word(last + 1, buffer)) && Designation(tokens.Word(last + 1, buffer)) is null
            && !_vocabulary.Landmark.Contains(tokens.Word(last + 1, buffer));

        // "Hisham bin Abdulmalik", "Umar ibn al-Khattab": a name before a patronymic is a person's (or a street's).
        var patronym = last + 2 < words.Length && !words[last + 1].BreakBefore && !words[last + 2].BreakBefore && words[last + 2].Capitalised &&
                       tokens.Word(last + 1, buffer) is "bin" or "ibn" or "bint";

        // Outside Latin script (Arabic has no capitals) adjacency says nothing.
        return !(afterName || beforeName || patronym) || key[0] > '\u024F';
    }

    private PhraseMatch Describe(TokenizedText tokens, int first, int last, int[] candidates)
    {
        var words = tokens.Tokens;
        Span<char> buffer = stackalloc char[32];
        var end = words[last].End;
        PlaceKind? designated = null;
        if (last + 1 < words.Length && !words[last + 1].BreakBefore)
        {
            // "Syrian town of …": a country name is not the town the designator announces.
            designated = HasCountry(candidates) ? null : Designation(tokens.Word(last + 1, buffer));
            end = designated is null ? end : words[last + 1].End;

            // Two-word designators: "refugee camp".
            if (designated is not null && last + 2 < words.Length && !words[last + 2].BreakBefore
                && Designation(tokens.Word(last + 2, buffer)) == designated)
            {
                end = words[last + 2].End;
            }
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

    // Designation(word) is District, with one lookup for most words (the province words are tried first there).
    private bool IsDistrict(ReadOnlySpan<char> word) => _vocabulary.IsDistrictWord(word) && !_vocabulary.Province.Contains(word);

    private PlaceKind? Designation(ReadOnlySpan<char> word) =>
        _vocabulary.Province.Contains(word) ? PlaceKind.Province
        : _vocabulary.District.Contains(word) ? PlaceKind.District
        : _vocabulary.Town.Contains(word) ? PlaceKind.Town
        : null;
}
