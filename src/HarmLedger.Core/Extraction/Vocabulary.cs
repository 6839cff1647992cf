using System.Numerics;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>The phrase matchers the rules use, built once from the lexicons and the options; immutable.</summary>
internal sealed class Vocabulary
{
    // The bundled table of countries, read once: their demonyms name their forces.
    private static readonly Lazy<IReadOnlyList<Gazetteer.CountryEntry>> Countries = new(Gazetteer.BundledGazetteer.ReadCountries);

    /// <summary>Builds every matcher.</summary>
    public Vocabulary(ExtractionOptions options)
    {
        Quantifiers = new(options.Quantifiers.Select(kv => (kv.Key, kv.Value)), 1u << 0);
        Bounds = new(CueLexicon.Bounds, 1u << 1);
        TrailingBounds = new(CueLexicon.TrailingBounds, 1u << 2);
        Victims = new(VictimLexicon.Nouns, 1u << 3);
        HarmAfter = new(HarmLexicon.After, 1u << 4);
        HarmBefore = new(HarmLexicon.Before, 1u << 5);
        Auxiliaries = Flags(HarmLexicon.Auxiliaries, 1u << 6);
        Breakdown = Flags(CueLexicon.Breakdown, 1u << 7);
        Tally = Flags(CueLexicon.Tally, 1u << 8);
        NewIncident = Flags(CueLexicon.NewIncident, 1u << 9);
        Acknowledgement = Flags(CueLexicon.Acknowledgement, 1u << 10);
        Negation = Flags(CueLexicon.Negation, 1u << 11);
        Reporting = Flags(CueLexicon.Reporting, 1u << 12);
        Perpetrators = new(PerpetratorLexicon.WithCountries(Countries.Value), 1u << 13);
        Weapons = new(WeaponLexicon.Phrases, 1u << 14);
        Units = Flags(FigureVocabulary.Units, 1u << 15);
        Stops = Flags(FigureVocabulary.ClauseStops, 1u << 16);
        Attack = Flags(CueLexicon.Attack, 1u << 17);
        Peaceful = Flags(CueLexicon.Peaceful, 1u << 18);
        FigureStartBits = Quantifiers.Bit | Bounds.Bit | Victims.Bit | Negation.Bit | NumberWordBit | DeterminerBit;

        // Each word gets the bits of every lexicon with a phrase starting with it, so a matcher can skip a token
        // without hashing it again.
        var classes = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        PhraseMatcher<bool>[] flags = [Auxiliaries, Breakdown, Tally, NewIncident, Acknowledgement, Negation, Reporting, Units, Stops, Attack, Peaceful];
        (IEnumerable<string> Words, uint Bit)[] sources =
        [
            (Quantifiers.FirstWords, Quantifiers.Bit), (Bounds.FirstWords, Bounds.Bit), (TrailingBounds.FirstWords, TrailingBounds.Bit),
            (Victims.FirstWords, Victims.Bit), (HarmAfter.FirstWords, HarmAfter.Bit), (HarmBefore.FirstWords, HarmBefore.Bit),
            (Perpetrators.FirstWords, Perpetrators.Bit), (Weapons.FirstWords, Weapons.Bit),
            (FigureVocabulary.Triggers, TriggerBit), (NumberWords.Words, NumberWordBit), (CasualtyFinder.DeterminerWords, DeterminerBit),
            (RuleBasedExtractor.TallyCueWords, TallyCueBit), (RuleBasedExtractor.RunningVerbs, RunningVerbBit),
            (RuleBasedExtractor.CoderWords, CoderBit), (CasualtyFinder.SubjectVerbWords, SubjectVerbBit),
            (CasualtyFinder.PassiveVerbWords, PassiveVerbBit), (CasualtyFinder.NamingVerbWords, NamingVerbBit),
            (RelativeDates.CueForms, RelativeDateBit),
            .. flags.Select(f => (f.FirstWords, f.Bit)),
        ];
        foreach (var (words, bit) in sources)
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | bit;
            }
        }

        // Each word also gets an id, by which a matcher finds the phrases starting with it without hashing it again.
        var ids = new Dictionary<string, (uint Classes, int Id)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (w, bits) in classes)
        {
            ids[w] = (bits, ids.Count);
        }

        foreach (var matcher in (IWordIndexed[])[Quantifiers, Bounds, TrailingBounds, Victims, HarmAfter, HarmBefore, Perpetrators, Weapons, .. flags])
        {
            matcher.IndexFirstWords(w => ids[w].Id, ids.Count);
        }

        _classes = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new bool[32 * 32 * 32];
        _asciiBits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, ids.Count * 4)));
        _asciiUppers = new string?[1 << _asciiBits];
        _asciiValues = new (uint, int)[1 << _asciiBits];
        foreach (var (w, value) in ids)
        {
            _shapes[Shape(w)] = true;
            if (UpperAsciiHash(w) is uint hash)
            {
                var slot = AsciiSlot(hash);
                while (_asciiUppers[slot] is not null)
                {
                    slot = (slot + 1) & (_asciiUppers.Length - 1);
                }

                (_asciiUppers[slot], _asciiValues[slot]) = (w.ToUpperInvariant(), value);
            }
        }
    }

    /// <summary>
    /// The bits of lexicons whose words, capitalised at a sentence's start, are not names ("Between 2 and 4 …",
    /// "Dozens were killed"): bounds, quantifiers, harm words, auxiliaries, breakdown, negation and clause stops.
    /// </summary>
    public uint NotNameBits => Bounds.Bit | Quantifiers.Bit | HarmAfter.Bit | HarmBefore.Bit | Auxiliaries.Bit | Breakdown.Bit |
                               Negation.Bit | Stops.Bit | TriggerBit;

    /// <summary>The class bit of determiners that count one person ("a", "his").</summary>
    public const uint DeterminerBit = 1u << 22;


    // The bits below mark the words a rule's reading must start at or pass through. A sentence none of whose tokens has
    // a rule's bit (Sentence.ClassBits) cannot be read so, and is spared the rule's own search of its text.

    /// <summary>The class bit of the words a tally's rules need: "recorded", "since", "toll", "been", "war" ….</summary>
    public const uint TallyCueBit = 1u << 23;

    /// <summary>The class bit of the verbs a running count opens with ("bringing", "raising" …).</summary>
    public const uint RunningVerbBit = 1u << 24;

    /// <summary>The class bit of a coder's words ("coded", "split").</summary>
    public const uint CoderBit = 1u << 25;

    /// <summary>The class bit of the verbs after named subjects ("were", "died", "perished", "lost").</summary>
    public const uint SubjectVerbBit = 1u << 26;

    /// <summary>The class bit of a singular passive's verbs ("was", "lost").</summary>
    public const uint PassiveVerbBit = 1u << 27;

    /// <summary>The class bit of the verbs that name the dead ("identified", "named", "listed").</summary>
    public const uint NamingVerbBit = 1u << 28;

    /// <summary>The class bit of the words a relative date rests on ("yesterday", "Monday's" …).</summary>
    public const uint RelativeDateBit = 1u << 29;

    /// <summary>The class bit of sentence-trigger words (killed, wounded, toll …).</summary>
    public const uint TriggerBit = 1u << 20;

    /// <summary>The class bit of number words.</summary>
    public const uint NumberWordBit = 1u << 21;

    /// <summary>The bits of lexicons a figure, a victim noun or a negation can start with.</summary>
    public uint FigureStartBits { get; }

    public PhraseMatcher<FigureRange> Quantifiers { get; }

    public PhraseMatcher<Bound> Bounds { get; }

    public PhraseMatcher<Bound> TrailingBounds { get; }

    public PhraseMatcher<VictimCategory> Victims { get; }

    public PhraseMatcher<HarmKind> HarmAfter { get; }

    public PhraseMatcher<HarmKind> HarmBefore { get; }

    public PhraseMatcher<bool> Auxiliaries { get; }

    public PhraseMatcher<bool> Breakdown { get; }

    public PhraseMatcher<bool> Tally { get; }

    public PhraseMatcher<bool> NewIncident { get; }

    public PhraseMatcher<bool> Acknowledgement { get; }

    public PhraseMatcher<bool> Negation { get; }

    public PhraseMatcher<bool> Reporting { get; }

    public PhraseMatcher<string> Perpetrators { get; }

    public PhraseMatcher<string> Weapons { get; }

    public PhraseMatcher<bool> Units { get; }

    public PhraseMatcher<bool> Stops { get; }

    public PhraseMatcher<bool> Attack { get; }

    public PhraseMatcher<bool> Peaceful { get; }

    private readonly Dictionary<string, (uint Classes, int Id)>.AlternateLookup<ReadOnlySpan<char>> _classes;
    private readonly bool[] _shapes;

    // The lexicon words an ASCII word can equal ignoring case, by open addressing on a hash of its upper case: most
    // tokens are ASCII, and this spares them the case-blind dictionary's hashing. Other words look up the dictionary.
    private readonly int _asciiBits;
    private readonly string?[] _asciiUppers;
    private readonly (uint Classes, int Id)[] _asciiValues;

    private static int Shape(ReadOnlySpan<char> word) =>
        ((((word[0] & 31) * 32) + (word.Length > 1 ? word[1] & 31 : 0)) * 32) + Math.Min(word.Length, 31);

    private bool TryGetWord(ReadOnlySpan<char> word, out (uint Classes, int Id) value)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            if (c >= '\u0080')
            {
                return _classes.TryGetValue(word, out value);
            }

            hash = unchecked((hash ^ (c is >= 'a' and <= 'z' ? c - 32u : c)) * 16777619u);
        }

        for (var slot = AsciiSlot(hash); _asciiUppers[slot] is { } upper; slot = (slot + 1) & (_asciiUppers.Length - 1))
        {
            if (EqualsUpper(word, upper))
            {
                value = _asciiValues[slot];
                return true;
            }
        }

        value = default;
        return false;
    }

    // An ASCII word against a lexicon word's upper case, as ordinal case-blind comparison compares them (inline: the
    // general comparison's calls cost more than the few characters of a word).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool EqualsUpper(ReadOnlySpan<char> asciiWord, string upper)
    {
        if (asciiWord.Length != upper.Length)
        {
            return false;
        }

        for (var i = 0; i < asciiWord.Length; i++)
        {
            var c = asciiWord[i];
            if ((c is >= 'a' and <= 'z' ? (char)(c - 32) : c) != upper[i])
            {
                return false;
            }
        }

        return true;
    }

    private int AsciiSlot(uint hash) => (int)(unchecked(hash * 2654435769u) >> (32 - _asciiBits));

    // A lexicon word's hash as TryGetWord hashes the ASCII words equal to it ignoring case (upper case is what
    // ordinal case-blind comparison compares); none when no ASCII word is (a letter whose upper case is not ASCII).
    private static uint? UpperAsciiHash(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper >= '\u0080')
            {
                return null;
            }

            hash = unchecked((hash ^ upper) * 16777619u);
        }

        return hash;
    }

    /// <summary>Marks each token with the lexicons that have a phrase starting with it, and its word id: one look-up per token.</summary>
    public void Classify(string text, List<Token> tokens)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            ref var t = ref span[i];
            // A cheap shape test (first letter, length) skips most words before hashing them.
            if (t.Kind != TokenKind.Number && _shapes[Shape(t.Of(text))] && TryGetWord(t.Of(text), out var word))
            {
                t = t with { Classes = word.Classes, Word = word.Id };
            }
        }
    }

    /// <summary>Whether a token is a word in the matcher's list, e.g. an auxiliary.</summary>
    public static bool Is(PhraseMatcher<bool> matcher, string text, List<Token> tokens, int at, int end) =>
        matcher.Match(text, tokens, at, end) is not null;

    private static PhraseMatcher<bool> Flags(IEnumerable<string> phrases, uint bit) => new(phrases.Select(p => (p, true)), bit);
}
