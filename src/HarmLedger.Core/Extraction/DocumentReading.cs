using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>What one pass over a document found, and how it groups into claims: one per incident, tally sentence or acknowledgement.</summary>
internal sealed class DocumentReading
{
    private readonly List<(int Sentence, SentenceRole Role, string? Source)> _sentences = [];

    public List<Mention> Mentions { get; } = [];

    public List<(int Sentence, string? Source)> Acknowledgements { get; } = [];

    /// <summary>The coder's stated fatality figure ("Fatalities coded as 0"), which overrides the text's.</summary>
    public int? Coded { get; set; }

    /// <summary>The first sentence that tells of an attack or a fight, toll or not.</summary>
    public int? Attack { get; set; }

    /// <summary>The first sentence that tells of a protest, an arrest or a release: an event with no harm told.</summary>
    public int? Peaceful { get; set; }

    /// <summary>Records a sentence that yielded mentions.</summary>
    public void Add(int sentence, SentenceRole role, string? source) => _sentences.Add((sentence, role, source));

    /// <summary>Groups the sentences into claims and builds them.</summary>
    public List<Claim> ToClaims(DocumentContext doc, ClaimAssembler assembler, string? sourceName)
    {
        var claims = new List<(int Sentence, Claim Claim)>();
        var groups = Group();
        // (Most texts tell of one incident and need no set.)
        var later = groups.Count > 1 ? new HashSet<int>() : null;
        foreach (var g in groups)
        {
            // The incidents told after this one are theirs: their places are not this one's to fall back on.
            later?.Clear();
            foreach (var other in groups)
            {
                if (other.Kind == ClaimKind.Incident && other.Sentences[0] > g.Sentences[0])
                {
                    later!.UnionWith(other.Sentences);
                }
            }

            var sentences = g.Sentences.ToHashSet();
            var mentions = new List<Mention>();
            List<Mention>? running = null;
            foreach (var m in Mentions)
            {
                if (!sentences.Contains(m.Sentence))
                {
                    continue;
                }

                // An incident's sentence may add its attack to a running count: that count is a tally of its own.
                if (m.Cumulative && g.Kind == ClaimKind.Incident)
                {
                    (running ??= []).Add(m);
                }
                else
                {
                    mentions.Add(m);
                }
            }

            claims.Add((g.Sentences[0], assembler.Build(doc, g.Kind, mentions, g.Sentences, g.Sources, sourceName, later)));
            if (running is not null)
            {
                var at = g.Sentences.IndexOf(running[0].Sentence);
                claims.Add((running[0].Sentence, assembler.Build(doc, ClaimKind.Tally, running, [running[0].Sentence], [g.Sources[at]], sourceName)));
            }
        }

        // An attack with no toll given ("It's unclear if there were casualties") is still an incident: its figures are
        // null. So is a protest, an arrest or a release, as conflict datasets code every event with its date and place
        // ("On 2 March 2020, dozens held a protest in Kabul"). Not in a text with a tally, whose weapons are the
        // campaign's ("killed by US airstrikes since 2014").
        if ((Peaceful ?? Attack) is int eventAt && claims.Count == 0)
        {
            claims.Add((eventAt, assembler.Build(doc, ClaimKind.Incident, [], [eventAt], [null], sourceName)));
        }

        if (Coded is int coded)
        {
            ApplyCoded(doc, assembler, sourceName, claims, coded);
        }

        foreach (var (sentence, source) in Acknowledgements)
        {
            var admitted = Mentions.FindAll(m => m.Sentence == sentence && !m.Cumulative);
            var claim = assembler.Build(doc, ClaimKind.Acknowledgement, admitted, [sentence], [source], sourceName);
            var incident = claims.LastOrDefault(c => c.Sentence <= sentence && c.Claim.Kind == ClaimKind.Incident).Claim;
            // Who acknowledges is the party named first, the sentence's subject ("CJTF-OIR … acknowledged that three
            // civilians were killed during a strike on an ISIS facility"); "the coalition" is the coalition the incident names.
            var s = doc.Sentences[sentence];
            var first = doc.Vocabulary.Perpetrators.FindFirst(doc.Text, doc.Tokens, s.First, s.End);
            var speaker = first?.Match.Value ?? claim.Perpetrator;
            if (incident?.Perpetrator is { } blamed && speaker != blamed && first is { } named &&
                doc.Tokens[named.At].Of(doc.Text).StartsWith("coalition", StringComparison.OrdinalIgnoreCase) &&
                blamed.Contains("coalition", StringComparison.OrdinalIgnoreCase))
            {
                speaker = blamed;
            }

            // Another party confirming the harm ("The US State Department confirmed that a US citizen was among the
            // dead" of a Russian strike) acknowledges nothing.
            if (admitted.Count > 0 && incident?.Perpetrator is { } perpetrator && speaker != perpetrator)
            {
                continue;
            }

            claim = claim with { Perpetrator = speaker };
            claims.Add((sentence, incident is null ? claim : claim with { Date = incident.Date, Place = incident.Place ?? claim.Place }));
        }

        return claims.OrderBy(c => c.Sentence).Select(c => c.Claim).ToList();
    }

    // The coded figure is the event's: it replaces the first incident's total deaths (keeping the breakdown the text's
    // toll allows), and the others' deaths are dropped.
    private static void ApplyCoded(DocumentContext doc, ClaimAssembler assembler, string? sourceName, List<(int Sentence, Claim Claim)> claims, int coded)
    {
        // (Set on the empty figures rather than built with Figures.Of, whose LINQ builder costs more for one pair.)
        var total = Figures.Empty.With(VictimCategory.Total, FigureRange.Exactly(coded));
        var first = claims.FindIndex(c => c.Claim.Kind == ClaimKind.Incident);
        if (first < 0)
        {
            var made = assembler.Build(doc, ClaimKind.Incident, [], [0], [], sourceName);
            claims.Add((0, made with { Killed = total }));
            return;
        }

        for (var i = first; i < claims.Count; i++)
        {
            if (claims[i].Claim.Kind == ClaimKind.Incident)
            {
                claims[i] = (claims[i].Sentence, claims[i].Claim with { Killed = i == first ? KeptBreakdown(claims[i].Claim.Killed, coded, total) : null });
            }
        }
    }

    // "killing at least 38 civilians, including 9 children … Fatalities coded as 38": a coded figure the text's own
    // toll allows keeps the text's breakdown (civilians, children …) within it; one it does not (the coder's distrust,
    // "coded as 0") stands alone.
    private static Figures KeptBreakdown(Figures? told, int coded, Figures total)
    {
        if (told?[VictimCategory.Total] is not { } range || range.Min > coded || range.Max < coded)
        {
            return total;
        }

        var kept = total;
        foreach (var (category, figure) in told.ByCategory)
        {
            if (category != VictimCategory.Total && figure.Min <= coded)
            {
                // (No part is more than the coded whole: "at least 38 civilians" of 38 are 38.)
                kept = kept.With(category, figure with { Max = Math.Min(figure.Max ?? coded, coded) });
            }
        }

        return kept;
    }

    private List<(ClaimKind Kind, List<int> Sentences, List<string?> Sources)> Group()
    {
        var groups = new List<(ClaimKind Kind, List<int> Sentences, List<string?> Sources)>();
        (ClaimKind Kind, List<int> Sentences, List<string?> Sources)? current = null;
        foreach (var (sentence, role, source) in _sentences)
        {
            if (role == SentenceRole.Tally)
            {
                groups.Add((ClaimKind.Tally, [sentence], [source]));
                continue;
            }

            if (current is null || role == SentenceRole.NewIncident)
            {
                current = (ClaimKind.Incident, [], []);
                groups.Add(current.Value);
            }

            current.Value.Sentences.Add(sentence);
            current.Value.Sources.Add(source);
        }

        return groups;
    }
}
