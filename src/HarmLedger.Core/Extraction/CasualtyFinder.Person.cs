using System.Buffers;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>
/// The rules of <see cref="CasualtyFinder"/> for victims named without a number: one person singled out ("a child",
/// "his 55-year-old mother", "killing 28-year-old Nour", "Omar was killed") and bare plurals ("civilians were killed").
/// </summary>
/// <remarks>
/// Singled-out people are details: the persons of one sentence add up, but across sentences they are the same
/// people told again, and any toll the text gives outranks them. A bare plural is at least two, as monitors count it.
/// </remarks>
internal sealed partial class CasualtyFinder
{
    private static readonly string[] Determiners = ["a", "an", "his", "her", "their", "whose", "its", "the"];

    // A figure that is a bare kin word of a list ("a father, mother and …"), not a person named again.
    private static bool IsListedKin(string text, List<Token> tokens, Figure fig) =>
        fig.Detail && fig.End == fig.First && IsOneOf(tokens[fig.First].Of(text), ListedKin);

    internal static readonly string[] ListedKin =
    [
        "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "grandmother", "grandfather", "uncle",
        "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
    ];

    /// <summary>The determiners that count one person ("a child", "his wife").</summary>
    public static IEnumerable<string> DeterminerWords => Determiners;
    // Nouns that name no narrower group of people.
    private static readonly string[] GenericNouns = ["people", "persons", "individuals", "victims", "others", "civilians", "dead"];

    private static readonly string[] NotBefore = ["the", "these", "those", "of", "his", "her", "their", "its", "our", "no", "other", "many", "some", "any", "all"];

    // Details in one sentence add up (a shared clause id per sentence, clear of mention indexes).
    private static int DetailClause(Sentence s) => DetailClauseBase + s.Index;

    /// <summary>The clause ids of singled-out people start here: a sentence's details share one.</summary>
    public const int DetailClauseBase = 1_000_000;

    // "a child", "an infant", "his 55-year-old mother": the determiner counts one.
    private Figure? Article(string text, List<Token> tokens, int at, int end)
    {
        // ("The" gets here only straight after a harm word, "killed the director of …": see MayStartFigure.)
        // An owner's name determines as "his" does: "Ahmed's wife", "the family’s eldest son".
        if (!(IsOneOf(tokens[at].Of(text), Determiners) || IsPossessive(tokens[at].Of(text))) || at + 1 >= end)
        {
            return null;
        }

        // The head is the last victim noun of the run: "a pro-government tribal militia commander", "a Taliban
        // suicide bomber".
        var head = -1;
        for (var n = at + 1; n < end && n - at <= 7; n++)
        {
            var t = tokens[n];
            if (_v.Victims.Match(text, tokens, n, end) is not null)
            {
                head = n;
                continue;
            }

            var modifier = t.Kind == TokenKind.Number || t.Of(text) is "-" ||
                           (t.Kind == TokenKind.Word && !Vocabulary.Is(_v.Auxiliaries, text, tokens, n, end) &&
                            !IsPreposition(t.Of(text)) && _v.HarmAfter.Match(text, tokens, n, end) is null);
            if (!modifier || (head >= 0 && !(n + 1 < end && _v.Victims.Match(text, tokens, n + 1, end) is not null)))
            {
                break;
            }
        }

        // ("its medical staff", "his family": a group's noun in the singular is no one person; nor is a victim noun
        // that qualifies a thing, "its quarterly civilian casualty assessment", "a civilian car".)
        return head >= 0 && IsSingular(tokens[head].Of(text)) && !IsOneOf(tokens[head].Of(text), Collectives) &&
               !(head + 1 < end && IsOneOf(tokens[head + 1].Of(text), QualifiedThings))
            ? new Figure(at, at + 1, FigureRange.Exactly(1), false, Detail: true) : null;
    }

    private static readonly string[] Collectives = ["staff", "crew", "team", "personnel", "family", "household", "unit", "police"];

    // A harm word before a person's lower-case title: "killing correspondent", "killed journalist".
    // ("eliminated Hamas battalion commander Ahmad Said", "killing senior Taliban commander Mullah Omar": a group's
    // name and a word or two may qualify the title.)
    private (HarmKind Harm, int Start)? TitledBefore(string text, List<Token> tokens, int at, Sentence s)
    {
        if (!(at - 2 >= s.First && tokens[at - 1].Kind == TokenKind.Word && char.IsLower(text[tokens[at - 1].Start]) &&
              IsSingular(tokens[at - 1].Of(text)) && _v.Victims.Match(text, tokens, at - 1, at) is { Length: 1 }))
        {
            return null;
        }

        for (var k = at - 1; k >= Math.Max(s.First + 1, at - 4); k--)
        {
            // ("killing the Nasa governor Cristina Bautista": after an article the title is a noun counted already.)
            if (Before(text, tokens, k, s.First) is { } harm && (k == at - 1 || tokens[k - 1].Of(text) is not ("the" or "a" or "an")))
            {
                return harm;
            }

            // (Only a capitalised name or a rank: "killed together with his wife Nida" is no title.)
            if (tokens[k - 1].Kind != TokenKind.Word || (tokens[k - 1].Classes & (_v.HarmAfter.Bit | _v.HarmBefore.Bit)) != 0 ||
                !(char.IsUpper(text[tokens[k - 1].Start]) || IsOneOf(tokens[k - 1].Of(text), Ranks)))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly string[] Ranks =
    [
        "senior", "top", "deputy", "local", "field", "military", "battalion", "brigade", "regional", "prominent", "veteran",
        "former", "key", "high-ranking", "notorious", "wanted",
    ];

    // "shot dead a Buddhist rubber tapper, Pan Kaewmanee (54), and …": after a harm word, "a" and a few words no lexicon
    // knows, then a name, an age or the next person, name one person by their trade.
    private Figure? Occupation(string text, List<Token> tokens, int at, Sentence s)
    {
        if (tokens[at].Of(text) is not ("a" or "an") || !HarmEndsAt(text, tokens, at, s.First))
        {
            return null;
        }

        var k = at + 1;
        while (k < s.End && k - at <= 4 && tokens[k].Kind == TokenKind.Word && (tokens[k].Classes & _v.NotNameBits) == 0 &&
               !IsPreposition(tokens[k].Of(text)) && !Vocabulary.Is(_v.Stops, text, tokens, k, s.End))
        {
            k++;
        }

        // The words end at a comma, a bracket or "and", and the last of them is lower-case: a noun, not a name.
        return k > at + 1 && k < s.End && tokens[k].Of(text) is "," or "(" or "and" && char.IsLower(text[tokens[k - 1].Start]) &&
               !IsOneOf(tokens[k - 1].Of(text), ["lot", "bit", "while", "day", "week", "time", "total", "result"])
            ? new Figure(at, k, FigureRange.Exactly(1), false, Detail: true) : null;
    }

    private static readonly string[] QualifiedThings =
    [
        "casualty", "casualties", "harm", "assessment", "assessments", "report", "reports", "population", "area", "areas",
        "home", "homes", "house", "houses", "car", "cars", "vehicle", "vehicles", "bus", "boat", "infrastructure", "toll",
        "deaths", "death", "object", "objects", "target", "targets", "status", "facility", "facilities", "building",
        "buildings", "convoy", "protection", "neighbourhood", "neighborhood", "airport", "aircraft", "airliner", "shelter",
    ];

    // "killing a child named Hussain (14), and a child named Anas": a person joined by "and" or "alongside" to the
    // previous figure shares its harm, whatever names and ages come between (but no other verb or clause, nor a
    // source: "wounding 27, according to the camps' administrators and a Red Cross official"). In a list of
    // singled-out people a comma joins too: "killed Omar Haddad, 40, his wife, his son Karim".
    private bool JoinedToPrevious(string text, List<Token> tokens, int from, int to, bool list)
    {
        if (from >= 0 && to - 1 > from && IsOneOf(tokens[to - 1].Of(text), ["his", "her", "their"]))
        {
            to--;
        }

        if (from < 0 || to - 1 < from ||
            !(IsOneOf(tokens[to - 1].Of(text), ["and", "alongside", "with", "plus"]) || (list && tokens[to - 1].Of(text) is ",")))
        {
            return false;
        }

        for (var k = from; k < to - 1; k++)
        {
            if (_v.HarmAfter.Match(text, tokens, k, to) is not null || _v.HarmBefore.Match(text, tokens, k, to) is not null ||
                Vocabulary.Is(_v.Stops, text, tokens, k, to) || Vocabulary.Is(_v.Auxiliaries, text, tokens, k, to) ||
                tokens[k].Of(text) is "." or ";" or "according")
            {
                return false;
            }
        }

        return true;
    }

    // "killing 28 year old Nour", "killed Muhammad Al Hassi": one person right after an active harm word; in a list
    // of people singled out ("killed Omar, his wife, 9-year-old Lina"), one introduced by an age.
    private Figure? Person(string text, List<Token> tokens, int at, Sentence s, bool inList)
    {
        if (at + 1 >= s.End)
        {
            return null;
        }

        var t = tokens[at];
        var next = tokens[at + 1].Of(text);
        // "killed a father, mother and their four children": a kin word in a list of singled-out people shares the
        // list's determiner.
        if (inList && at > s.First && tokens[at - 1].Of(text) is "," or "and" && IsOneOf(t.Of(text), ListedKin) && next is not "of")
        {
            // (The figure ends where it starts, so that the kin word is read as its noun.)
            return new Figure(at, at, FigureRange.Exactly(1), false, Detail: true);
        }

        var age = t.Kind == TokenKind.Number && (next is "-" || next.StartsWith("year", StringComparison.OrdinalIgnoreCase));
        // Outside a list, only an age or a name makes a person: the harm word need not be looked for before most tokens.
        if (!inList && !age && !IsName(text, t))
        {
            return null;
        }

        // ("killing correspondent Tareq Ayyoub": a person's title may stand between the harm word and the name.)
        if ((Before(text, tokens, at, s.First) ?? TitledBefore(text, tokens, at, s)) is not { } harm)
        {
            return inList && Age(text, tokens, at, s.End) is not null
                ? new Figure(at, at + 1, FigureRange.Exactly(1), false, Detail: true) : null;
        }

        // One given name will do where the family list goes on after a verb: "killed Karim, his wife and …", "killing Huda
        // and her son" (not after "the death of", which mourners write of people counted already).
        var name = (IsName(text, tokens[at + 1]) || NameParticle(text, tokens, at + 1, s.End) ||
                    (OpensFamilyList(text, tokens, at + 1, s.End) && IsPersonName(text, t) &&
                     !IsOneOf(tokens[harm.Start].Of(text), ["death", "deaths", "loss", "martyrdom"]))) &&
                   IsName(text, t) && _v.Perpetrators.Match(text, tokens, at, s.End) is null;
        return age || name ? new Figure(at, at + 1, FigureRange.Exactly(1), false, Detail: true) : null;
    }

    // The lower-case particles inside a person's name: "Usamah al-Muhajir", "Abdullah bin Ali".
    private static readonly string[] NameParticles = ["al", "el", "bin", "ibn", "bint", "ould", "ag", "abu", "van", "de", "da"];

    // A lower-case particle inside a name, the name going on after it.
    private static bool NameParticle(string text, List<Token> tokens, int k, int end)
    {
        if (k + 1 >= end || !IsOneOf(tokens[k].Of(text), NameParticles))
        {
            return false;
        }

        var next = tokens[k + 1].Of(text) is "-" && tokens[k + 1].Start == tokens[k].End ? k + 2 : k + 1;
        return next < end && IsName(text, tokens[next]);
    }

    // What follows a given name and goes on to the family: ", his wife", "and her son", and with the named person's age
    // between: ", 34, and his son".
    private static bool OpensFamilyList(string text, List<Token> tokens, int k, int end)
    {
        if (k + 2 < end && tokens[k].Of(text) is "," && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Value is > 0 and < 120 &&
            tokens[k + 2].Of(text) is ",")
        {
            k += 2;
            if (k + 1 < end && tokens[k + 1].Of(text) is "and")
            {
                k++;
            }
        }

        return k + 1 < end && tokens[k].Of(text) is "," or "and" && IsOneOf(tokens[k + 1].Of(text), ["his", "her", "their"]);
    }

    // "civilians were killed", "killing civilians": a plural noun with no number is at least two.
    private Figure? BarePlural(string text, List<Token> tokens, int at, Sentence s)
    {
        if (tokens[at].Kind != TokenKind.Word ||
            (at > s.First && (IsOneOf(tokens[at - 1].Of(text), NotBefore) || tokens[at - 1].Kind == TokenKind.Number ||
                              _v.Victims.Match(text, tokens, at - 1, s.End) is not null)) ||
            _v.Victims.Match(text, tokens, at, s.End) is not { Length: 1 } m || m.Value == VictimCategory.Total ||
            !IsPlural(tokens[at].Of(text)) || (char.IsUpper(text[tokens[at].Start]) && at != s.First) ||
            (at > s.First && tokens[at - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[at - 1].Start]) && at - 1 != s.First) ||
            SharesFigure(text, tokens, at, s))
        {
            return null;
        }

        // Only with a harm word right before or right after (auxiliaries between): no long-range attachment.
        var k = at + 1;
        while (k < s.End && k < at + 4 && Vocabulary.Is(_v.Auxiliaries, text, tokens, k, s.End))
        {
            k++;
        }

        // ("Civilians reported killed: 3–5" labels the figure after the colon.)
        var attached = Before(text, tokens, at, s.First) is not null ||
                       (_v.HarmAfter.Match(text, tokens, k, s.End) is { } harm && Ambiguous(text, tokens, k + 1, s.End, HarmKind.Killed) is false &&
                        !(k + harm.Length + 1 < s.End && tokens[k + harm.Length].Of(text) is ":" &&
                          (tokens[k + harm.Length + 1].Kind == TokenKind.Number || (tokens[k + harm.Length + 1].Classes & Vocabulary.NumberWordBit) != 0)));
        return attached ? new Figure(at, at, new FigureRange(2, null), true) : null;
    }

    // "Twenty aid workers and civilians were killed": a plural joined by "and" to the victim noun of a figure is
    // counted in that figure, not apart.
    private bool SharesFigure(string text, List<Token> tokens, int at, Sentence s)
    {
        if (at - 2 < s.First || tokens[at - 1].Of(text) is not ("and" or "or"))
        {
            return false;
        }

        for (var k = at - 2; k >= Math.Max(s.First, at - 4); k--)
        {
            if (_v.Victims.Match(text, tokens, k, at - 1) is not { } noun || k + noun.Length != at - 1)
            {
                continue;
            }

            // The figure may stand a word or two before the noun: "Twenty aid workers", "dozens of fighters".
            for (var f = k - 1; f >= Math.Max(s.First, k - 3); f--)
            {
                if (tokens[f].Kind == TokenKind.Number || (tokens[f].Classes & (_v.Quantifiers.Bit | Vocabulary.NumberWordBit)) != 0)
                {
                    return true;
                }

                if (tokens[f].Kind != TokenKind.Word || (tokens[f].Classes & _v.NotNameBits) != 0)
                {
                    return false;
                }
            }
        }

        return false;
    }

    // "Omar was killed": a singular passive no figure claimed is one person.
    /// <summary>A singular passive's verbs (<see cref="Vocabulary.PassiveVerbBit"/>).</summary>
    internal static readonly string[] PassiveVerbWords = ["was", "lost"];

    private static readonly SearchValues<string> PassiveVerbs = Sentence.Words(PassiveVerbWords);

    private void SingularPassive(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn)
    {
        // Both readings below start at "lost" or "was": a sentence with neither has none.
        if (!s.Mentions(text, tokens, PassiveVerbs))
        {
            return;
        }

        for (var k = s.First + 1; k + 1 < s.End; k++)
        {
            // Only "was" and "lost" start a reading: a word of another length is passed at once.
            if ((tokens[k].End - tokens[k].Start) is not (3 or 4))
            {
                continue;
            }

            // "Nepal Nasr lost her life along with …": the subject's own death, as "was killed" is.
            if (k + 2 < s.End && tokens[k].Of(text) is "lost" && tokens[k + 1].Of(text) is "his" or "her" && tokens[k + 2].Of(text) is "life")
            {
                AddSubject(text, tokens, s, into, firstOwn, k, k + 3, HarmKind.Killed);
                continue;
            }

            if (!tokens[k].Of(text).Equals("was", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var h = k + 1;
            // "was also reported as killed", "was later confirmed killed".
            while (h < s.End && h < k + 4 && tokens[h].Of(text) is "reportedly" or "allegedly" or "also" or "reported" or "later" or "confirmed" ||
                   (h < s.End && h > k + 1 && tokens[h].Of(text) is "as" && tokens[h - 1].Of(text) is "reported" or "confirmed"))
            {
                h++;
            }

            if (_v.HarmAfter.Match(text, tokens, h, s.End) is { } m &&
                !(h + m.Length + 1 < s.End && tokens[h + m.Length].Of(text) is "or" or "and" && _v.HarmAfter.Match(text, tokens, h + m.Length + 1, s.End) is not null))
            {
                AddSubject(text, tokens, s, into, firstOwn, k, h + m.Length, m.Value);
            }
        }
    }

    // The one person before the verb at `verb` (its phrase ends before `end`), unless a figure counts them already.
    private void AddSubject(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn, int verb, int end, HarmKind harm)
    {
        if (HasHarm(into, firstOwn, harm, DetailClause(s), tokens[verb].Start))
        {
            return;
        }

        var name = NameKeyBefore(text, tokens, verb, s.First);
        var category = PassiveSubject(text, tokens, verb, end, s);
        // "Mariam, their third child, was also killed": the appositive's noun tells who she is.
        category = category == VictimCategory.Total && KinAppositive(text, tokens, verb, s.First) is { } described ? described : BySex(category, name);
        into.Add(new Mention(harm, category, FigureRange.Exactly(1), false, false, false,
                             s.Index, tokens[verb].Start, tokens[end - 1].End, DetailClause(s), Detail: true, Name: name));
    }

    // What "… was killed" says of its subject: an age or title before the name ("64-year-old Issa", "Umm Anas"), or a
    // possessive after the verb ("was killed with her son": a woman).
    private static VictimCategory PassiveSubject(string text, List<Token> tokens, int verb, int after, Sentence s)
    {
        var k = NameEndBefore(text, tokens, verb, s.First);
        var nameEnd = k;
        while (k - 1 >= s.First && InName(text, tokens, k - 1))
        {
            k--;
        }

        if (k < nameEnd && IsOneOf(tokens[k].Of(text), FemaleTitles))
        {
            return VictimCategory.Women;
        }

        for (var a = Math.Max(s.First, k - 6); a < k; a++)
        {
            if (Age(text, tokens, a, verb) is { } age && age.End == k)
            {
                return ByAge(VictimCategory.Total, age.Age, default);
            }
        }

        var j = after;
        j += j < s.End && tokens[j].Of(text) is "," ? 1 : 0;
        j += j < s.End && JoinerAt(text, tokens, j, s.End) is var n and > 0 ? n : 0;
        return j > after && j < s.End ? tokens[j].Of(text) is "her" ? VictimCategory.Women : tokens[j].Of(text) is "his" ? VictimCategory.Men : VictimCategory.Total
            : VictimCategory.Total;
    }

    // "with", "alongside", "along with", "together with" starting at token k: its length, or 0.
    private static int JoinerAt(string text, List<Token> tokens, int k, int end)
    {
        var w = tokens[k].Of(text);
        if (w.Equals("with", StringComparison.OrdinalIgnoreCase) || w.Equals("alongside", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return k + 1 < end && (w.Equals("along", StringComparison.OrdinalIgnoreCase) || w.Equals("together", StringComparison.OrdinalIgnoreCase)) &&
               tokens[k + 1].Of(text).Equals("with", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
    }

    // Only this sentence's mentions (from firstOwn on) are looked at, so a long text stays linear.
    // (People killed along with the singled-out person, after the verb or in the sentence's detail clause, leave the
    // person to count.)
    private static bool HasHarm(List<Mention> into, int firstOwn, HarmKind harm, int detailClause, int verbStart = int.MaxValue)
    {
        for (var i = firstOwn; i < into.Count; i++)
        {
            if (into[i].Harm == harm && into[i].Start < verbStart && !(into[i].Clause == detailClause && !into[i].Detail))
            {
                return true;
            }
        }

        return false;
    }

    // The first name run in [from, to): "his son Ahmed Hussein Al-Astal, 12" → "ahmed hussein". Names identify a
    // person told of in several sentences, so the dead are counted once however often they are named.
    private static string? NameKey(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsName(text, tokens[k]) && !IsOneOf(tokens[k].Of(text), NotNames))
            {
                return Key(text, tokens, k, to);
            }

            // "a son of Omar and Huda, Karim": the names after "of" are someone else's.
            if (tokens[k].Of(text) is ";" or ":" or "of" or "to" or "from" || (tokens[k].Of(text) is "." && !(k > from && IsOneOf(tokens[k - 1].Of(text), NotNames))))
            {
                return null;
            }
        }

        return null;
    }

    // The token after the first name run in [from, to), or from when there is none.
    private static int NameEnd(string text, List<Token> tokens, int from, int to)
    {
        var k = from;
        while (k < to && !IsName(text, tokens[k]))
        {
            k++;
        }

        if (k == to)
        {
            return from;
        }

        while (k < to && InName(text, tokens, k))
        {
            k++;
        }

        return k;
    }

    // "… Omar Haddad was killed": the name run ending just before the verb.
    private static string? NameKeyBefore(string text, List<Token> tokens, int verb, int first)
    {
        var end = NameEndBefore(text, tokens, verb, first);
        var k = end;
        while (k - 1 >= first && InName(text, tokens, k - 1))
        {
            k--;
        }

        // One capitalised word opening the sentence is a name only when set off by a comma and no connective
        // ("Mariam, their third child, …"; not "However, …" or "Tragically, …").
        var single = k == first && end - k == 1;
        var setOff = single && end < tokens.Count && tokens[end].Of(text) is "," && !tokens[k].Of(text).EndsWith("ly", StringComparison.Ordinal) &&
                     !IsOneOf(tokens[k].Of(text), Connectives);
        return k < end && IsName(text, tokens[k]) && !IsOneOf(tokens[k].Of(text), NotNames) && (!single || setOff)
            ? Key(text, tokens, k, end) : null;
    }

    // "Mariam, their third child, was killed": the category of the kin or victim noun of an appositive that opens
    // with a possessive, between the name and the verb.
    private VictimCategory? KinAppositive(string text, List<Token> tokens, int verb, int first)
    {
        if (AppositiveStart(text, tokens, verb, first) is not { } open)
        {
            return null;
        }

        for (var k = verb - 2; k > open; k--)
        {
            if (_v.Victims.Match(text, tokens, k, verb) is { } noun)
            {
                return noun.Value == VictimCategory.Total ? null : noun.Value;
            }
        }

        return null;
    }

    // The comma that opens ", their third child," right before the verb, when a name stands before it.
    private static int? AppositiveStart(string text, List<Token> tokens, int verb, int first)
    {
        if (verb - 3 < first || tokens[verb - 1].Of(text) is not ",")
        {
            return null;
        }

        for (var k = verb - 2; k > first && k >= verb - 7; k--)
        {
            if (tokens[k].Of(text) is ",")
            {
                return IsOneOf(tokens[k + 1].Of(text), ["his", "her", "their"]) && IsName(text, tokens[k - 1]) ? k : null;
            }
        }

        return null;
    }

    // Where the subject's name ends before "was": "his daughter, 11-year-old Layan Baalousha, was killed" sets it off
    // with commas, and so may a kin appositive ("Mariam, their third child, was killed"); "…, married to Abdul Karim,
    // was killed" is a description, not the subject.
    private static int NameEndBefore(string text, List<Token> tokens, int verb, int first)
    {
        if (AppositiveStart(text, tokens, verb, first) is { } open)
        {
            return open;
        }

        if (verb - 2 < first || tokens[verb - 1].Of(text) is not "," || !IsName(text, tokens[verb - 2]))
        {
            return verb;
        }

        var k = verb - 1;
        while (k - 1 >= first && InName(text, tokens, k - 1))
        {
            k--;
        }

        return k == first || tokens[k - 1].Of(text) is "," || tokens[k - 1].Of(text).Equals("old", StringComparison.OrdinalIgnoreCase) ? verb - 1 : verb;
    }

    // The first and the last name, lower case, "|" between: "Nima Ibrahim Attiya Abu Namous" and "Nima Abu Namous" are
    // one person ("nima|namous"); a first name alone keys "nima|".
    private static string Key(string text, List<Token> tokens, int k, int to)
    {
        // The first and the last word are found first, and the key made once from them: a string per word of the
        // name would be made and dropped.
        int first = -1, last = -1;
        for (; k < to && InName(text, tokens, k); k++)
        {
            var w = tokens[k].Of(text);
            if (w is "-" || IsOneOf(w, ["al", "el", "abu", "umm", "bin", "ibn", "abdel", "abdul", "abd"]))
            {
                continue;
            }

            (first, last) = first < 0 ? (k, last) : (first, k);
        }

        var a = first < 0 ? [] : tokens[first].Of(text);
        var b = last < 0 ? [] : tokens[last].Of(text);
        var length = a.Length + 1 + b.Length;
        var key = length <= 128 ? stackalloc char[length] : new char[length];
        a.ToLowerInvariant(key);
        key[a.Length] = '|';
        b.ToLowerInvariant(key[(a.Length + 1)..]);
        return new string(key);
    }

    // A person of unstated sex whose given name (the first of the name key) is a woman's is a woman.
    private static VictimCategory BySex(VictimCategory category, string? nameKey) =>
        category == VictimCategory.Total && nameKey is { } key && key.IndexOf('|') is > 0 and var bar && GivenNames.IsFemale(key.AsSpan(0, bar))
            ? VictimCategory.Women : category;

    private static readonly string[] Connectives =
        ["However", "Meanwhile", "Later", "Also", "Furthermore", "Moreover", "Separately", "Elsewhere", "Earlier", "Then", "Yesterday", "Today",
         "Overall", "Nevertheless", "Instead", "Afterwards", "Initially", "Subsequently", "Therefore", "Thus", "Still", "Again", "Now", "Here", "There"];

    private static readonly string[] NotNames = ["His", "Her", "Their", "The", "A", "An", "Dr", "Mr", "Mrs", "Ms", "Hajj", "Hajja", "Haji", "Sheikh", "Professor", "Prof", "Engineer", "Journalist"];

    private static bool IsSingular(ReadOnlySpan<char> noun) =>
        noun.Length > 2 && noun[^1] != 's' && !noun.EndsWith("men", StringComparison.OrdinalIgnoreCase) &&
        !IsOneOf(noun, ["police", "people", "children", "personnel", "Taliban", "family", "militia", "grandchildren", "displaced"]);

    private static bool IsPlural(ReadOnlySpan<char> noun) =>
        (noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("men", StringComparison.OrdinalIgnoreCase) ||
         noun.Equals("children", StringComparison.OrdinalIgnoreCase) || noun.Equals("people", StringComparison.OrdinalIgnoreCase)) &&
        !noun.Equals("family", StringComparison.OrdinalIgnoreCase);

    // A token of a name run: a capitalised word, a hyphen, or a particle before one ("Muhammad al-Kahlot", "bin Saleh").
    private static bool InName(string text, List<Token> tokens, int k) =>
        IsName(text, tokens[k]) || tokens[k].Of(text) is "-" ||
        (IsOneOf(tokens[k].Of(text), ["al", "el", "bin", "ibn", "abd", "abdel", "abdul"]) && k + 1 < tokens.Count &&
         (tokens[k + 1].Of(text) is "-" || IsName(text, tokens[k + 1])));

    private static bool IsName(string text, Token t) =>
        t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && DateFinder.Month(t.Of(text)) == 0;
}
