using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>The phrase matchers the rules use, built once from the lexicons and the options; immutable.</summary>
internal sealed class Vocabulary
{
    /// <summary>Builds every matcher.</summary>
    public Vocabulary(ExtractionOptions options)
    {
        Quantifiers = new(options.Quantifiers.Select(kv => (kv.Key, kv.Value)));
        Bounds = new(CueLexicon.Bounds);
        TrailingBounds = new(CueLexicon.TrailingBounds);
        Victims = new(VictimLexicon.Nouns);
        HarmAfter = new(HarmLexicon.After);
        HarmBefore = new(HarmLexicon.Before);
        Auxiliaries = Flags(HarmLexicon.Auxiliaries);
        Breakdown = Flags(CueLexicon.Breakdown);
        Tally = Flags(CueLexicon.Tally);
        NewIncident = Flags(CueLexicon.NewIncident);
        Acknowledgement = Flags(CueLexicon.Acknowledgement);
        Negation = Flags(CueLexicon.Negation);
        Reporting = Flags(CueLexicon.Reporting);
        Perpetrators = new(PerpetratorLexicon.Aliases);
        Weapons = new(WeaponLexicon.Phrases);
        Units = Flags(FigureVocabulary.Units);
        Stops = Flags(FigureVocabulary.ClauseStops);
        Triggers = new HashSet<string>(FigureVocabulary.Triggers, StringComparer.OrdinalIgnoreCase);
        TriggerLookup = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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

    public HashSet<string> Triggers { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup { get; }

    /// <summary>Whether a token is a word in the matcher's list, e.g. an auxiliary.</summary>
    public static bool Is(PhraseMatcher<bool> matcher, string text, List<Token> tokens, int at, int end) =>
        matcher.Match(text, tokens, at, end) is not null;

    private static PhraseMatcher<bool> Flags(IEnumerable<string> phrases) => new(phrases.Select(p => (p, true)));
}
