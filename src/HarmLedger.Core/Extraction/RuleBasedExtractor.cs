using System.Buffers;
using HarmLedger.Gazetteer;

namespace HarmLedger.Extraction;

/// <summary>Extracts incident, tally and acknowledgement claims from English text by written rules.</summary>
/// <remarks>Immutable after construction and safe to call from many threads at once.</remarks>
public sealed class RuleBasedExtractor : IClaimExtractor
{
    private readonly IPlaceResolver _places;
    private readonly Vocabulary _vocabulary;
    private readonly FigureParser _figures;
    private readonly CasualtyFinder _casualties;
    private readonly AttributionFinder _attributions;
    private readonly ClaimAssembler _assembler;

    /// <summary>Creates an extractor that resolves places with <paramref name="places"/>.</summary>
    public RuleBasedExtractor(IPlaceResolver places, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(options);
        _places = places;
        _vocabulary = new Vocabulary(options);
        _figures = new FigureParser(_vocabulary);
        _casualties = new CasualtyFinder(_vocabulary, _figures);
        _attributions = new AttributionFinder(_vocabulary);
        _assembler = new ClaimAssembler(_vocabulary);
    }

    /// <inheritdoc />
    public string Version => "rules/1";

    /// <inheritdoc />
    public ExtractionResult Extract(string text, DateOnly? published, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var doc = new DocumentContext(text, published, _places, _vocabulary);
        try
        {
            var reading = new DocumentReading();
            string? lastSource = null;
            foreach (var s in doc.Sentences)
            {
                // Each test below looks for a lexicon's phrase, which starts at a token with its bit: one pass over the
                // sentence gathers every bit its tokens have, and spares most sentences the tests' own passes.
                var bits = s.ClassBits(doc.Tokens);
                reading.Attack ??= (bits & (_vocabulary.Attack.Bit | _vocabulary.Weapons.Bit)) != 0 && TellsOfAttack(doc, s) ? s.Index : null;
                reading.Peaceful ??= (bits & _vocabulary.Peaceful.Bit) != 0 && _vocabulary.Peaceful.FindFirst(text, doc.Tokens, s.First, s.End) is not null ? s.Index : null;
                var (acknowledges, reports) = (false, false);
                if ((bits & (Vocabulary.TriggerBit | _vocabulary.Reporting.Bit | _vocabulary.Acknowledgement.Bit)) == 0 ||
                    !HasTrigger(doc, s, bits, out acknowledges, out reports))
                {
                    // A source named here may be referred back to later ("the site put the toll at 70").
                    lastSource = reports ? _attributions.Find(text, doc.Tokens, s, lastSource) ?? lastSource : lastSource;
                    continue;
                }

                var before = reading.Mentions.Count;
                _casualties.Find(text, doc.Tokens, s, reading.Mentions);
                var running = reading.Mentions.Count > before && (bits & Vocabulary.RunningVerbBit) != 0 ? RunningCount(text, doc.Tokens, s) : null;
                MarkRunningCount(doc.Tokens, reading.Mentions, before, running);
                var source = _attributions.Find(text, doc.Tokens, s, lastSource);
                lastSource = source ?? lastSource;
                reading.Coded = ((bits & Vocabulary.CoderBit) != 0 ? Coded(doc, s) : null) ?? reading.Coded;
                if (reading.Mentions.Count > before)
                {
                    reading.Add(s.Index, Classify(doc, s, running, bits), source);
                }

                // "AFRICOM conceded that an airstrike … had killed one civilian": the belligerent's own account, with
                // the harm it admits, beside the incident its figures also tell of.
                if (acknowledges && Acknowledges(doc, s, reading.Mentions.Count > before))
                {
                    reading.Acknowledgements.Add((s.Index, source));
                    // (The harm a belligerent admits is its own count of the dead, not a part of the toll told before:
                    // it may lower the min as a revised toll does. "Residents said seven civilians were killed … the
                    // coalition acknowledged that three civilians were killed": 3–7.)
                    for (var m = before; m < reading.Mentions.Count; m++)
                    {
                        reading.Mentions[m] = reading.Mentions[m] with { Revision = true };
                    }
                }
            }

            return new ExtractionResult(reading.ToClaims(doc, _assembler, sourceName));
        }
        finally
        {
            doc.Release();
        }
    }


    // "The death toll from the campaign has risen to 300": the toll of a war, a campaign or a siege, not of one attack.
    private static readonly SearchValues<string> TollWord = Sentence.Words("toll");

    private static bool TollOfAWar(string text, List<Token> tokens, Sentence s)
    {
        if (!s.Mentions(text, tokens, TollWord))
        {
            return false;
        }

        for (var k = s.First; k + 1 < s.End; k++)
        {
            if (!tokens[k].Of(text).Equals("toll", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(s.End, k + 5); j++)
            {
                if (tokens[j].Of(text) is "war" or "campaign" or "conflict" or "offensive" or "siege" or "fighting" or "hostilities" or "violence")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Boko Haram's six-year insurgency has killed more than 13,000 people", "Israel's campaign in Gaza has killed more
    // than 36,700", "an insurgency in the region for 15 years that has killed more than 40,000": a war the subject of the
    // perfect, a few words before it. (Not "the bombardment" or "the shelling": "the shelling has killed 12" is most
    // often one attack's toll as it is counted.) (Searched as the phrase first: "war" alone is in "warplanes" …)
    private static readonly SearchValues<string> WarWords = Sentence.Words("has killed", "have killed", "has claimed", "have claimed");

    private static readonly string[] WarsThatKill =
        ["insurgency", "war", "conflict", "uprising", "violence", "campaign", "offensive", "fighting", "siege", "hostilities", "rebellion"];

    private const int WarBeforeItsVerb = 10;

    private static bool AWarHasKilled(string text, List<Token> tokens, Sentence s)
    {
        if (!s.Mentions(text, tokens, WarWords))
        {
            return false;
        }

        for (var k = s.First + 1; k + 1 < s.End; k++)
        {
            if (!(tokens[k].Of(text) is "has" or "have" && tokens[k + 1].Of(text) is "killed" or "claimed"))
            {
                continue;
            }

            // (Not across a comma: "The strike, the deadliest since the war began, has killed 20" is the strike's toll.)
            for (var j = k - 1; j >= Math.Max(s.First, k - WarBeforeItsVerb) && tokens[j].Kind != TokenKind.Punct; j--)
            {
                if (CasualtyFinder.IsOneOf(tokens[j].Of(text), WarsThatKill) && !(j - 2 >= s.First && tokens[j - 2].Of(text) is "since"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "More than 350,000 people have been killed in Syria's seven-year war": the dead of a war so far, in the perfect.
    private static bool KilledInAWar(string text, List<Token> tokens, Sentence s)
    {
        // Most sentences have no "been": a search of their text spares them the token loop.
        if (!s.Mentions(text, tokens, BeenWord))
        {
            return false;
        }

        for (var k = s.First; k + 2 < s.End; k++)
        {
            if (!(tokens[k].Of(text) is "have" or "has" && tokens[k + 1].Of(text) is "been" && tokens[k + 2].Of(text) is "killed"))
            {
                continue;
            }

            for (var j = k + 3; j < Math.Min(s.End, k + 10); j++)
            {
                if (tokens[j].Of(text) is "war" or "conflict" or "fighting" && !(j + 1 < s.End && tokens[j + 1].Of(text) is "-"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly SearchValues<string> BeenWord = Sentence.Words("been");

    /// <summary>The verbs a running count opens with (<see cref="Vocabulary.RunningVerbBit"/>).</summary>
    internal static readonly string[] RunningVerbs = ["bringing", "raising", "taking", "pushing"];
    private static readonly string[] RunningScopes = ["month", "week", "year", "since", "far", "total", "overall", "cumulative", "war", "conflict", "campaign"];

    // "…killed 7 civilians in Idlib on Sunday, bringing the number of civilians killed in the province this month to
    // 112": the figures after "bringing … to" with a span of time or a whole war are a running count, not this attack's
    // toll ("bringing the toll from Sunday's strike to 12" is still the attack's).
    private static void MarkRunningCount(List<Token> tokens, List<Mention> mentions, int firstOwn, int? running)
    {
        if (running is not int k)
        {
            return;
        }

        for (var i = firstOwn; i < mentions.Count; i++)
        {
            if (mentions[i].Start >= tokens[k].Start)
            {
                mentions[i] = mentions[i] with { Cumulative = true };
            }
        }
    }

    // Where a running count opens: "bringing" (or "raising", …) with a "to" and a span of time or a war close after it.
    private static readonly SearchValues<string> RunningVerbWords = Sentence.Words(RunningVerbs);

    private static int? RunningCount(string text, List<Token> tokens, Sentence s)
    {
        // A sentence with none of the verbs has no running count: one search of its text spares the token loop.
        if (!s.Mentions(text, tokens, RunningVerbWords))
        {
            return null;
        }

        for (var k = s.First + 1; k < s.End; k++)
        {
            if (!CasualtyFinder.IsOneOf(tokens[k].Of(text), RunningVerbs))
            {
                continue;
            }

            var to = false;
            var scoped = false;
            for (var j = k + 1; j < Math.Min(s.End, k + 20) && !(to && scoped); j++)
            {
                var w = tokens[j].Of(text);
                scoped |= CasualtyFinder.IsOneOf(w, RunningScopes);
                to |= w is "to";
            }

            if (to && scoped)
            {
                return k;
            }
        }

        return null;
    }

    // "has verified 10,582 civilian deaths since February 2022", "since 2014", "since 7 October": a count from a date on.
    private static readonly SearchValues<string> SinceWord = Sentence.Words("since");

    private static bool SinceADate(string text, List<Token> tokens, Sentence s)
    {
        if (!s.Mentions(text, tokens, SinceWord))
        {
            return false;
        }

        for (var k = s.First; k + 1 < s.End; k++)
        {
            if (!tokens[k].Of(text).Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // ("the deadliest attack since 2014", "the worst since the war began" compare one attack with the rest.)
            if (Compares(text, tokens, k, s.First))
            {
                continue;
            }

            var next = tokens[k + 1];
            if (DateFinder.IsYear(next) || DateFinder.IsMonth(next.Of(text)) ||
                (next.Kind == TokenKind.Number && k + 2 < s.End && DateFinder.IsMonth(tokens[k + 2].Of(text))))
            {
                return true;
            }

            // "since the Israeli bombardment began", "since Russia's full-scale invasion", "since Russia launched its
            // full-scale invasion": from a war's beginning on, whoever wages it.
            for (var j = k + 1; j < Math.Min(s.End, k + 9); j++)
            {
                if (CasualtyFinder.IsOneOf(tokens[j].Of(text), Wars))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] Wars =
        ["war", "conflict", "offensive", "bombardment", "invasion", "fighting", "escalation", "hostilities", "campaign", "uprising", "revolution", "siege",
         "coup", "takeover", "crackdown", "protests", "unrest", "insurgency", "rebellion",
         // "since its liberation", "since the ceasefire began": from a turn of the war on.
         "liberation", "occupation", "recapture", "annexation", "ceasefire", "truce"];

    // A superlative or "first" shortly before `k`: "the deadliest … since", "the first such attack since".
    private static bool Compares(string text, List<Token> tokens, int k, int first)
    {
        for (var j = k - 1; j >= Math.Max(first, k - 6); j--)
        {
            var w = tokens[j].Of(text);
            // ("one of the deadliest months for civilians this year" compares a period's count: a tally still.)
            if (w is "month" or "months" or "week" or "weeks" or "year" or "years")
            {
                return false;
            }

            if ((w.Length > 5 && w.EndsWith("est", StringComparison.Ordinal) && !w.EndsWith("west", StringComparison.Ordinal)) || w is "first" or "worst" or "biggest")
            {
                return true;
            }
        }

        return false;
    }

    // "Iraq Body Count recorded 2,392 civilian deaths in 2019": a monitor's count over a whole year is a tally.
    private static readonly string[] RecordingWords = ["recorded", "records", "documented", "counted", "registered", "verified"];
    private static readonly SearchValues<string> RecordingVerbs = Sentence.Words(RecordingWords);

    /// <summary>
    /// The words a tally's rules below need (<see cref="Vocabulary.TallyCueBit"/>), one each that the rule cannot do
    /// without whatever else it looks for: a recording verb, "since", "toll", the "been" of "have been killed", the "has"
    /// or "have" of "has killed", the "alone" of "in October alone".
    /// </summary>
    internal static readonly string[] TallyCueWords = [.. RecordingWords, "since", "toll", "been", "has", "have", "alone"];

    // "More than 3,000 Iraqi civilians were killed in October alone", "in 2023 alone": a period's dead.
    private static bool APeriodAlone(string text, List<Token> tokens, Sentence s)
    {
        for (var k = s.First + 1; k < s.End; k++)
        {
            if (tokens[k].Of(text) is "alone" &&
                (DateFinder.IsMonth(tokens[k - 1].Of(text)) || DateFinder.IsYear(tokens[k - 1]) ||
                 tokens[k - 1].Of(text) is "month" or "week" or "year" or "weekend"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RecordsAYear(string text, List<Token> tokens, Sentence s)
    {
        // Nothing is recorded without one of the verbs (which the loop asks for in lower case; the search is wider).
        if (!s.Mentions(text, tokens, RecordingVerbs))
        {
            return false;
        }

        var records = false;
        var year = false;
        var from = false;
        var months = 0;
        for (var k = s.First; k + 1 < s.End; k++)
        {
            var w = tokens[k].Of(text);
            // (A headline capitalises its verbs: "94 Civilians … Documented Killed in Syria in March 2024".)
            records |= CasualtyFinder.IsOneOf(w, RecordingWords);
            year |= (w.Equals("in", StringComparison.OrdinalIgnoreCase) || w is "during" or "throughout") &&
                    (IsPeriod(text, tokens, k + 1, s.End) || WholeMonth(text, tokens, k + 1, s.End));
            // "From 24 February to 3 April, the mission recorded …": a count over a period of two dates.
            from |= w is "From" or "from" or "between" or "Between";
            months += tokens[k].Kind == TokenKind.Word && char.IsUpper(w[0]) && DateFinder.IsMonth(w) ? 1 : 0;
        }

        return records && (year || (from && months >= 2));
    }

    // A whole year or month from `k` on: "2019", "March 2021" (not "2019 12", nor "March 3").
    private static bool IsPeriod(string text, List<Token> tokens, int k, int end)
    {
        if (k + 1 < end && DateFinder.IsMonth(tokens[k].Of(text)) && char.IsUpper(text[tokens[k].Start]))
        {
            k++;
        }

        return DateFinder.IsYear(tokens[k]) && !(k + 1 < end && tokens[k + 1].Kind == TokenKind.Number);
    }

    // "in October," / "in August.": a month named with no day after it (nor before it: "on 3 October" is a day).
    private static bool WholeMonth(string text, List<Token> tokens, int k, int end) =>
        k < end && DateFinder.IsMonth(tokens[k].Of(text)) && char.IsUpper(text[tokens[k].Start]) &&
        (k + 1 >= end || tokens[k + 1].Kind != TokenKind.Number);

    // "In March 2025, at least 164 civilians were killed and 910 injured in Ukraine": a month's or a year's dead, told
    // with no attack, are a tally.
    // (A label may come first: "HRMMU: In March 2025, …".)
    private bool APeriodsDead(DocumentContext doc, Sentence s)
    {
        var first = s.First;
        for (var k = s.First; k < Math.Min(s.End, s.First + 4); k++)
        {
            first = doc.Tokens[k].Of(doc.Text) is ":" ? k + 1 : first;
        }

        return s.End - first > 3 && doc.Tokens[first].Of(doc.Text) is "In" or "During" && IsPeriod(doc.Text, doc.Tokens, first + 1, s.End) &&
               !TellsOfAttack(doc, s);
    }

    // "SOHR has documented the death of a child … this morning": a monitor's count of one day's harm is an incident.
    private static bool RecordsOneDay(string text, List<Token> tokens, Sentence s, int at)
    {
        var verb = tokens[Math.Min(at + 1, s.End - 1)].Of(text);
        if (verb is not ("documented" or "recorded"))
        {
            return false;
        }

        for (var k = s.First; k < s.End; k++)
        {
            var w = tokens[k].Of(text);
            if (w is "today" or "yesterday" or "tonight" || (w is "this" or "last" && k + 1 < s.End && tokens[k + 1].Of(text) is "morning" or "evening" or "night" or "afternoon"))
            {
                return true;
            }
        }

        return false;
    }

    // (`bits` are the sentence's class bits. Only words have the trigger and reporting bits, so the bits tell those at
    // once; only a sentence with the acknowledging bit has its phrases looked for.)
    private bool HasTrigger(DocumentContext doc, Sentence s, uint bits, out bool acknowledges, out bool reports)
    {
        acknowledges = false;
        reports = (bits & _vocabulary.Reporting.Bit) != 0;
        for (var k = s.First; k < s.End && !acknowledges && (bits & _vocabulary.Acknowledgement.Bit) != 0; k++)
        {
            acknowledges = doc.Tokens[k].Kind == TokenKind.Word && Vocabulary.Is(_vocabulary.Acknowledgement, doc.Text, doc.Tokens, k, s.End);
        }

        return (bits & Vocabulary.TriggerBit) != 0 || acknowledges;
    }

    // A tally's words inside a running count the attack is added to ("…, bringing to 312 the number killed in the town
    // since 2014") are that count's: the sentence is the attack's, and its running count a tally apart.
    private SentenceRole Classify(DocumentContext doc, Sentence whole, int? running, uint bits) =>
        Classify(doc, running is int k ? whole with { End = k } : whole, whole, bits);

    // (`bits` are the whole sentence's class bits: a tally or new-incident phrase starts at a token with its bit.)
    private SentenceRole Classify(DocumentContext doc, Sentence s, Sentence whole, uint bits) =>
        ((bits & _vocabulary.Tally.Bit) != 0 && _vocabulary.Tally.FindFirst(doc.Text, doc.Tokens, s.First, s.End) is { } tally &&
         (!RecordsOneDay(doc.Text, doc.Tokens, s, tally.At) || _vocabulary.Tally.FindFirst(doc.Text, doc.Tokens, tally.At + 2, s.End) is not null) &&
         !(doc.Tokens[tally.At].Of(doc.Text) is "since" or "this" && Compares(doc.Text, doc.Tokens, tally.At, s.First))) ||
        ((bits & Vocabulary.TallyCueBit) != 0 && RecordsAYear(doc.Text, doc.Tokens, s)) ||
        APeriodsDead(doc, s) ||
        ((bits & Vocabulary.TallyCueBit) != 0 &&
         (SinceADate(doc.Text, doc.Tokens, s) || TollOfAWar(doc.Text, doc.Tokens, s) || KilledInAWar(doc.Text, doc.Tokens, s) ||
          AWarHasKilled(doc.Text, doc.Tokens, s) || APeriodAlone(doc.Text, doc.Tokens, s))) ? SentenceRole.Tally
        : ((bits & _vocabulary.NewIncident.Bit) != 0 && _vocabulary.NewIncident.FindFirst(doc.Text, doc.Tokens, whole.First, whole.End) is not null) ||
          InANeighbouringPlace(doc.Text, doc.Tokens, whole)
            ? SentenceRole.NewIncident
        : SentenceRole.Incident;

    // "In the neighbouring Kherson region, Russian shelling killed a 68-year-old man": a sentence opening on a
    // neighbouring place tells of another event there. (Not "in the neighbouring house" later in a sentence.)
    private static bool InANeighbouringPlace(string text, List<Token> tokens, Sentence s)
    {
        var k = s.First;
        if (k + 3 >= s.End || !tokens[k].Of(text).Equals("In", StringComparison.Ordinal))
        {
            return false;
        }

        k += tokens[k + 1].Of(text) is "the" ? 2 : 1;
        return tokens[k].Of(text) is "neighbouring" or "neighboring" or "nearby" && char.IsUpper(text[tokens[k + 1].Start]);
    }

    // An attack word ("ambushed", "fired missiles on") or a weapon ("a Taliban sniper", "an IED").
    private bool TellsOfAttack(DocumentContext doc, Sentence s) =>
        _vocabulary.Attack.FindFirst(doc.Text, doc.Tokens, s.First, s.End) is not null ||
        _vocabulary.Weapons.FindFirst(doc.Text, doc.Tokens, s.First, s.End) is not null;

    // A belligerent admits a strike or harm: an acknowledging word (the caller's test) with a belligerent and a weapon,
    // the harm it admits, or its own word for striking ("Israel's military said it struck a command centre"). A
    // belligerent named before may be referred back to by its kind ("the command admitted … that the strike had also
    // killed two civilians").
    private bool Acknowledges(DocumentContext doc, Sentence s, bool harm) =>
        (harm || _vocabulary.Weapons.FindFirst(doc.Text, doc.Tokens, s.First, s.End) is not null || s.Mentions(doc.Text, doc.Tokens, StrikeWords)) &&
        (_vocabulary.Perpetrators.FindFirst(doc.Text, doc.Tokens, s.First, s.End) is not null || NamesABelligerentsKind(doc, s));

    private static bool NamesABelligerentsKind(DocumentContext doc, Sentence s)
    {
        for (var k = s.First; k + 1 < s.End; k++)
        {
            if (doc.Tokens[k].Of(doc.Text) is "the" or "The" && CasualtyFinder.IsOneOf(doc.Tokens[k + 1].Of(doc.Text), BelligerentKinds))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] BelligerentKinds = ["command", "military", "army"];

    private static readonly SearchValues<string> StrikeWords = Sentence.Words("struck", "targeted");

    // "Fatalities coded as 0": the coder's own figure for the whole event; the last such statement wins.
    /// <summary>A coder's words (<see cref="Vocabulary.CoderBit"/>).</summary>
    internal static readonly string[] CoderWords = ["coded", "split"];

    private static readonly SearchValues<string> CoderWordValues = Sentence.Words(CoderWords);

    private int? Coded(DocumentContext doc, Sentence s)
    {
        // Only a coder's notes have either word: a search of the sentence's text spares the rest the token loop.
        if (!s.Mentions(doc.Text, doc.Tokens, CoderWordValues))
        {
            return null;
        }

        for (var k = s.First; k + 2 < s.End; k++)
        {
            if (doc.Tokens[k].Of(doc.Text).Equals("coded", StringComparison.OrdinalIgnoreCase) &&
                doc.Tokens[k + 1].Of(doc.Text).Equals("as", StringComparison.OrdinalIgnoreCase) &&
                _figures.Parse(doc.Text, doc.Tokens, k + 2, s.End) is { Vague: false } f)
            {
                return f.Range.Min;
            }

            // "Fatalities are split across 3 events (5)": this event's share, in brackets.
            if (doc.Tokens[k].Of(doc.Text).Equals("split", StringComparison.OrdinalIgnoreCase))
            {
                for (var j = k + 1; j + 2 < s.End && j < k + 10; j++)
                {
                    if (doc.Tokens[j].Of(doc.Text) is "(" && doc.Tokens[j + 1] is { Kind: TokenKind.Number, Suffixed: false, Value: >= 0 } n &&
                        doc.Tokens[j + 2].Of(doc.Text) is ")")
                    {
                        return (int)n.Value;
                    }
                }
            }
        }

        return null;
    }
}
