using System.Collections.Immutable;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Turns one group of mentions (or one acknowledging sentence) into a claim with its date, place, who and sources.</summary>
internal sealed class ClaimAssembler(Vocabulary vocabulary)
{
    private static readonly HashSet<string> ControlVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "run", "held", "controlled", "occupied", "used", "backed", "supported", "besieged", "operated", "seized", "captured",
    };

    // (Looked up by span: no string is made of each word before "by".)
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ControlVerbLookup = ControlVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Vocabulary _v = vocabulary;

    /// <summary>A claim resting on the given mentions, found in the given sentences (in text order).</summary>
    /// <param name="others">Sentences of other incidents, whose places this claim does not fall back on.</param>
    public Claim Build(DocumentContext doc, ClaimKind kind, IReadOnlyList<Mention> mentions, IReadOnlyList<int> sentences,
                       IReadOnlyList<string?> attributions, string? sourceName, IReadOnlySet<int>? others = null)
    {
        var killed = FigureMerger.Build(mentions, HarmKind.Killed);
        var injured = FigureMerger.Build(mentions, HarmKind.Injured);
        var date = kind == ClaimKind.Tally ? DateIn(doc, sentences) ?? DateSpan.Unknown : DateFor(doc, sentences);
        var place = PlaceChooser.Choose(doc, sentences, others);
        var perpetrator = FindPerpetrator(doc, sentences);
        var weapon = FindWeapon(doc, sentences);
        var names = Names(attributions);
        var attribution = names.IsEmpty && sourceName is not null ? [sourceName] : names;
        var evidence = Evidence(doc.Text, mentions);
        var confidence = 0.35 + (AnyPrecise(mentions) ? 0.25 : mentions.Count > 0 ? 0.1 : 0.2) +
                         (names.IsEmpty ? 0 : 0.1) + (date.Start is null ? 0 : 0.1) + (place is null ? 0 : 0.1) +
                         (perpetrator is null ? 0 : 0.05);
        return new Claim(kind, perpetrator, weapon, date, place, killed, injured, attribution, evidence, Math.Min(confidence, 0.95));
    }

    // The distinct names, in order of first mention. (A loop rather than OfType().Distinct(): a claim has a name or
    // two, and the LINQ chain's set and iterators cost more; this runs for every claim.)
    private static ImmutableArray<string> Names(IReadOnlyList<string?> attributions)
    {
        var names = ImmutableArray.CreateBuilder<string>(attributions.Count);
        for (var i = 0; i < attributions.Count; i++)
        {
            if (attributions[i] is { } name && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    private static bool AnyPrecise(IReadOnlyList<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!mentions[i].Vague)
            {
                return true;
            }
        }

        return false;
    }

    // The event's date: one stated where the claim starts, else the nearest before it (finer than a year first),
    // else one in the claim's later sentences. Reports lead with the date; later dates are often the reporting's.
    private static DateSpan DateFor(DocumentContext doc, IReadOnlyList<int> sentences)
    {
        if (DateIn(doc, [sentences[0]]) is { Precision: not DatePrecision.Year } own)
        {
            return own;
        }

        DateSpan? coarse = null;
        for (var i = sentences[0] - 1; i >= 0; i--)
        {
            foreach (var d in doc.DatesOf(i))
            {
                if (d.Reported)
                {
                    continue;
                }

                if (d.Span.Precision != DatePrecision.Year)
                {
                    return d.Span;
                }

                coarse ??= d.Span;
            }
        }

        return DateIn(doc, sentences) ?? coarse ?? DateAfter(doc, sentences[0]) ?? DateSpan.Unknown;
    }

    // "Baghdad: 3 killed by roadside bomb in Dora. Date: 13 Sep 2006.": with no date in or before the claim, one stated
    // in the next two sentences of the paragraph; else in the first two of the next paragraph, where a wire story
    // tells the event again after its lead ("A Myanmar military air strike … killed at least 11 people." then "The
    // strike hit Ohn Taw village … around noon on Saturday").
    private static DateSpan? DateAfter(DocumentContext doc, int first)
    {
        var paragraph = doc.Sentences[first].Paragraph;
        var next = new List<int>(2);
        var i = first + 1;
        for (; i < Math.Min(doc.Sentences.Count, first + 3) && doc.Sentences[i].Paragraph == paragraph; i++)
        {
            next.Add(i);
        }

        if (DateIn(doc, next) is { Precision: not DatePrecision.Year } stated)
        {
            return stated;
        }

        while (i < doc.Sentences.Count && doc.Sentences[i].Paragraph == paragraph)
        {
            i++;
        }

        next.Clear();
        for (var k = i; k < Math.Min(doc.Sentences.Count, i + 2) && doc.Sentences[k].Paragraph == doc.Sentences[i].Paragraph; k++)
        {
            next.Add(k);
        }

        return DateIn(doc, next) is { Precision: not DatePrecision.Year } told ? told : null;
    }

    private static DateSpan? DateIn(DocumentContext doc, IReadOnlyList<int> sentences)
    {
        DateSpan? coarse = null;
        foreach (var i in sentences)
        {
            foreach (var d in doc.DatesOf(i))
            {
                if (!d.Reported && d.Span.Precision != DatePrecision.Year)
                {
                    return d.Span;
                }

                coarse ??= d.Reported ? null : d.Span;
            }
        }

        return coarse;
    }

    // Who struck: the party named as the attack's modifier ("a US-led coalition air strike", "Israeli warplanes")
    // wins, then the agent after "by" ("a strike by Russian jets", not "a prison run by Islamic State"), then
    // the first named. The claim's own sentences are read first, then the sentences before them, nearest first:
    // reports name the attacker in the lead and give the toll further down.
    private string? FindPerpetrator(DocumentContext doc, IReadOnlyList<int> sentences)
    {
        if (FindIn(doc, _v.Perpetrators, sentences, preferAgent: true) is string own)
        {
            return own;
        }

        for (var i = sentences[0] - 1; i >= 0; i--)
        {
            if (FindIn(doc, _v.Perpetrators, i, preferAgent: true) is string earlier)
            {
                return earlier;
            }
        }

        return null;
    }

    private string? FindWeapon(DocumentContext doc, IReadOnlyList<int> sentences)
    {
        if (FindIn(doc, _v.Weapons, sentences, preferAgent: false) is string own)
        {
            return own;
        }

        for (var i = sentences[0] - 1; i >= 0; i--)
        {
            if (FindIn(doc, _v.Weapons, i, preferAgent: false) is string earlier)
            {
                return earlier;
            }
        }

        return null;
    }

    private string? FindIn(DocumentContext doc, PhraseMatcher<string> matcher, IReadOnlyList<int> sentences, bool preferAgent)
    {
        string? first = null;
        string? agent = null;
        foreach (var i in sentences)
        {
            if (Settled(doc, matcher, i, preferAgent, ref first, ref agent) is string settled)
            {
                return settled;
            }
        }

        return agent ?? first;
    }

    // The same for one sentence, without a list to hold it: the backward scans call this once per earlier sentence.
    private string? FindIn(DocumentContext doc, PhraseMatcher<string> matcher, int sentence, bool preferAgent)
    {
        string? first = null;
        string? agent = null;
        return Settled(doc, matcher, sentence, preferAgent, ref first, ref agent) ?? agent ?? first;
    }

    // A match that settles the search (any, unless an agent is preferred; else the party modifying the attack),
    // noting on the way the agent after "by" and the first party named.
    private string? Settled(DocumentContext doc, PhraseMatcher<string> matcher, int sentence, bool preferAgent, ref string? first, ref string? agent)
    {
        var s = doc.Sentences[sentence];
        for (var k = s.First; k < s.End; k++)
        {
            if (matcher.Match(doc.Text, doc.Tokens, k, s.End) is not { } m)
            {
                continue;
            }

            // "civilian deaths in Ukraine", "strikes across Syria": a country after a preposition of place is where, not who.
            if (preferAgent && k > s.First && doc.Tokens[k - 1].Of(doc.Text) is "in" or "In" or "across" or "throughout" or "inside")
            {
                k += m.Length - 1;
                continue;
            }

            // "two Turkish nationals", "three Israeli soldiers were killed": the victims' nationality after their number
            // (but "an attack by two IS militants" names the attackers).
            if (preferAgent && k > s.First && (doc.Tokens[k - 1].Kind == TokenKind.Number ||
                                               ((doc.Tokens[k - 1].Classes & Vocabulary.NumberWordBit) != 0 && doc.Tokens[k - 1].Of(doc.Text) is not ("a" or "A" or "an" or "An"))) &&
                !(k - 2 >= s.First && doc.Tokens[k - 2].Of(doc.Text) is "by"))
            {
                k += m.Length - 1;
                continue;
            }

            if (!preferAgent || ModifiesAttack(doc, k + m.Length, s.End))
            {
                return m.Value;
            }

            if (agent is null && IsAgent(doc, k, s.First))
            {
                agent = m.Value;
            }

            first ??= m.Value;
            k += m.Length - 1;
        }

        return null;
    }

    // Each mention's words once, in text order (two mentions can rest on the same words).
    private static ImmutableArray<EvidenceSpan> Evidence(string text, IReadOnlyList<Mention> mentions)
    {
        // An insertion sort is stable, as the order of mentions at one start must be, and claims have few mentions.
        Mention[] ordered = [.. mentions];
        for (var i = 1; i < ordered.Length; i++)
        {
            var m = ordered[i];
            var j = i - 1;
            for (; j >= 0 && ordered[j].Start > m.Start; j--)
            {
                ordered[j + 1] = ordered[j];
            }

            ordered[j + 1] = m;
        }

        var spans = ImmutableArray.CreateBuilder<EvidenceSpan>(ordered.Length);
        foreach (var m in ordered)
        {
            if (!HasSpan(spans, m.Start, m.End))
            {
                spans.Add(new EvidenceSpan(m.Start, m.End, text[m.Start..m.End]));
            }
        }

        return spans.ToImmutable();
    }

    // Spans are in start order, so an equal one can only be among the last ones with the same start.
    private static bool HasSpan(ImmutableArray<EvidenceSpan>.Builder spans, int start, int end)
    {
        for (var i = spans.Count - 1; i >= 0 && spans[i].Start == start; i--)
        {
            if (spans[i].End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an attack word follows the party within two words ("US-led coalition air strike").</summary>
    private bool ModifiesAttack(DocumentContext doc, int after, int end)
    {
        for (var k = after; k < Math.Min(end, after + 2); k++)
        {
            if (_v.Weapons.Match(doc.Text, doc.Tokens, k, end) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAgent(DocumentContext doc, int at, int first)
    {
        for (var k = at - 1; k >= Math.Max(first, at - 3); k--)
        {
            if (doc.Tokens[k].Of(doc.Text).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                // "run by", "held by", "controlled by" name who holds a place, not who struck it.
                return k == first || !ControlVerbLookup.Contains(doc.Tokens[k - 1].Of(doc.Text));
            }
        }

        return false;
    }
}
