using System.Buffers;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>
/// The named-subject rules of <see cref="CasualtyFinder"/>: people named, one by one, as the subject of a plural
/// passive harm word ("Nadiya Tafish and her son, Ali, were both killed"), each counted once, with the category their
/// kin word, age or title gives ("her son", "(12)", "Umm Ahmed"), or that a possessive after them implies ("Iman and
/// her son": Iman is a woman); and lists of the dead ("the names of those killed: …", "identified as …", "among those
/// killed were …", "identified A, B and C as among the dead", "… were killed, including A, his wife B, …").
/// </summary>
internal sealed partial class CasualtyFinder
{
    private const int MaxSubjects = 12;
    private static readonly string[] PassiveFillers = ["both", "all", "also", "reportedly", "allegedly", "reported", "later", "confirmed", "then"];
    private static readonly string[] FemaleTitles = ["Umm", "Um", "Hajja", "Hajjah", "Mrs", "Ms"];
    private static readonly string[] MaleTitles = ["Abu", "Hajj", "Haji", "Mr"];

    // Female: the given name is a woman's, which makes a person of no other stated category a woman, but not a
    // kin word's person named again ("her daughter, Rana": a daughter may be a child).
    private readonly record struct Subject(int First, int End, VictimCategory Category, string? Name, bool Kin, int Count = 1, bool Female = false,
                                           int? Age = null, bool Plural = false);

    /// <summary>The verbs after named subjects (<see cref="Vocabulary.SubjectVerbBit"/>).</summary>
    internal static readonly string[] SubjectVerbWords = ["were", "died", "perished", "lost"];

    private static readonly SearchValues<string> SubjectVerbs = Sentence.Words(SubjectVerbWords);

    // "Nadiya Tafish and her son, Ali Rantisi, were both killed", "were among those killed".
    private void NamedSubjects(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn)
    {
        // Every verb NextWere stops at holds one of these: a sentence with none has no subject to read.
        if (!s.Mentions(text, tokens, SubjectVerbs))
        {
            return;
        }

        for (var k = NextWere(text, tokens, s.First + 1, s.End); k + 1 < s.End; k = NextWere(text, tokens, k + 1, s.End))
        {
            // "were killed", or a verb of their own: "died", "perished", "lost their lives".
            var were = tokens[k].Of(text).Equals("were", StringComparison.OrdinalIgnoreCase);
            var h = were ? k + 1 : k;
            while (were && h < s.End && h < k + 3 && IsOneOf(tokens[h].Of(text), PassiveFillers))
            {
                h++;
            }

            if (were && h + 1 < s.End && tokens[h].Of(text) is "among" && tokens[h + 1].Of(text) is "those" or "the" &&
                _v.HarmAfter.Match(text, tokens, h, s.End) is null)
            {
                h += 2;
            }

            if (_v.HarmAfter.Match(text, tokens, h, s.End) is not { } m || (h + m.Length < s.End && tokens[h + m.Length].Of(text) is "or"))
            {
                continue;
            }

            // A figure before the list counts them already; people singled out one by one, and the groups inside the
            // list ("their two sons"), give way to the whole list.
            // "… Vira, 67, and her son Oleksandr, 42, who were killed": a relative clause's people stand before ", who".
            var subjectEnd = were && k - 2 >= s.First && tokens[k - 1].Of(text) is "who" && tokens[k - 2].Of(text) is "," ? k - 2 : k;
            var people = Subjects(text, tokens, s.First, subjectEnd, out var subject);
            var from = tokens[subject].Start;
            // "Five soldiers and civilians were killed": a plural noun with no number of its own is no one person.
            if (people.Count == 0 || people.Exists(p => IsBarePluralNoun(text, tokens, p)) || into.Skip(firstOwn).Any(x => x.Harm == m.Value && !x.Detail && x.Start < from) ||
                people.Count <= into.Skip(firstOwn).Where(x => x.Harm == m.Value).Sum(x => x.Range.Min))
            {
                return;
            }

            into.RemoveAll(x => x.Sentence == s.Index && x.Harm == m.Value && (x.Detail || x.Start >= from));
            foreach (var p in people)
            {
                into.Add(new Mention(m.Value, p.Category, FigureRange.Exactly(1), false, false, false, s.Index,
                                     tokens[p.First].Start, tokens[h + m.Length - 1].End, DetailClause(s), Detail: true, Name: p.Name));
            }

            return;
        }
    }

    // The first "were" (or "died", "perished", "lost their lives") from `k` on, or `end`: the loop body above runs only
    // there, since its lambdas' closure is made on every entry.
    private static int NextWere(string text, List<Token> tokens, int k, int end)
    {
        // (Each verb is of 4 or 8 letters: a word of another length is passed at once.)
        while (k < end && !((tokens[k].End - tokens[k].Start) is 4 or 8 && (tokens[k].Of(text).Equals("were", StringComparison.OrdinalIgnoreCase) || tokens[k].Of(text) is "died" or "perished" ||
                            (tokens[k].Of(text) is "lost" && k + 2 < end && tokens[k + 1].Of(text) is "their" && tokens[k + 2].Of(text) is "lives"))))
        {
            k++;
        }

        return k;
    }

    // The people listed in the subject that ends just before the verb at `verb`; none when anything but names, kin
    // words, ages and list words stands there.
    private List<Subject> Subjects(string text, List<Token> tokens, int first, int verb, out int start)
    {
        start = verb;
        // (A colon opens the subject: "… a massacre in Colombia: three young men were shot dead".)
        while (start - 1 >= first && tokens[start - 1].Of(text) is not ":" && IsSubjectToken(text, tokens, start - 1, verb))
        {
            start--;
        }

        var people = People(text, tokens, start, verb, semicolons: false);
        return people.Count is > 1 and <= MaxSubjects ? people : [];
    }

    // The people of a list in [start, end): items parted by ";" (when the list uses them) or by commas and "and".
    private List<Subject> People(string text, List<Token> tokens, int start, int end, bool semicolons)
    {
        var people = new List<Subject>();
        var k = start;
        var adjacent = false;
        var members = 0;
        // The person an age after an item belongs to: the last one added, or the group member just named.
        var lastPerson = -1;
        // The category of the plural kin word ("sons") whose members the bare names after it are.
        VictimCategory? group = null;
        var groupNoun = -1;
        while (k < end && people.Count <= MaxSubjects)
        {
            // "…, along with her two sons": the joiner opens the item; so may "and", "as well as" in a list parted by
            // semicolons.
            k += k < end ? JoinerAt(text, tokens, k, end) : 0;
            while (semicolons && k + 1 < end && IsItemBreak(text, tokens, k))
            {
                k++;
            }

            // "Fatima (female, child, 7)": what a bracket holds belongs to the item.
            var itemEnd = k;
            var depth = 0;
            while (itemEnd < end && !(depth == 0 && (semicolons ? tokens[itemEnd].Of(text) is ";" : IsItemBreak(text, tokens, itemEnd))))
            {
                depth = tokens[itemEnd].Of(text) is "(" ? depth + 1 : tokens[itemEnd].Of(text) is ")" ? Math.Max(0, depth - 1) : depth;
                itemEnd++;
            }

            // "A and his wife B, three of their sons: C, D and E; their four daughters, …": an item of a semicolon
            // list may itself list several named people.
            // ("Hussein al-Nasser, his wife and three children; and …": one named, the rest told by kin words.)
            if (semicolons && itemEnd - k > 3 && People(text, tokens, k, itemEnd, semicolons: false) is { Count: > 1 } inner &&
                (inner.Count(p => p.Name is not null) > 1 || (inner[0].Name is not null && inner.FindIndex(1, p => !p.Kin) < 0)))
            {
                people.AddRange(inner.Take(MaxSubjects + 1 - people.Count));
                (members, adjacent) = (0, false);
                k = NextItem(text, tokens, itemEnd, end, semicolons);
                continue;
            }

            var found = itemEnd > k && StartsPerson(text, tokens, k, itemEnd) ? Item(text, tokens, k, itemEnd) : null;
            if (found is { } item)
            {
                // "her son, Ali Rantisi": a bare name after a kin word names the same person; so does "Nadia, the
                // grandmother".
                var comma = k > start && tokens[k - 1].Of(text) is ",";
                if (members > 0 && item.Name is not null && (!item.Kin || tokens[k].Of(text) is "the"))
                {
                    // "her two sons, Ismail and Muhammad (9)": the names of a group's members ("his three children Rami
                    // (8), Sara (6) and the infant Adam": one of them described).
                    var at = people.Count - members;
                    // (A woman's name with an adult age makes a woman of a member: "four daughters, 28-year-old Maryam".)
                    var named = item.Female && item.Age >= AdultAge && item.Category == VictimCategory.Total ? VictimCategory.Women : item.Category;
                    people[at] = people[at] with { Name = item.Name, Category = Renamed(people[at].Category, named), Female = item.Female };
                    lastPerson = at;
                    members--;
                    k = NextItem(text, tokens, itemEnd, end, semicolons);
                    adjacent = true;
                    continue;
                }

                members = 0;
                var renames = adjacent && comma && people[^1].Kin && people[^1].Name is null && !item.Kin && item.Name is not null;
                // ("Jasser’s wife" after Jasser is someone else: a name opens it.)
                var described = adjacent && comma && !people[^1].Kin && item.Kin && item.Name is null &&
                                !IsOneOf(tokens[k].Of(text), ["his", "her", "their"]) && !IsName(text, tokens[k]);
                // "Mohamed Ali, 42, a banana farmer, and his son", "Sofia, a 12-year-old girl who …": a person described,
                // not another one; a description that tells a child, woman or man says what the person is. (Not "Ahmad,
                // a woman and two children": a list goes on with "and".)
                var description = adjacent && comma && people[^1].Name is not null && item is { Name: null, Kin: false, Count: 1 } &&
                                  tokens[k].Of(text) is "a" or "an" &&
                                  (item.Category is VictimCategory.Civilians or VictimCategory.Total ||
                                   (item.Category is VictimCategory.Children or VictimCategory.Women or VictimCategory.Men &&
                                    !(itemEnd < end && tokens[itemEnd].Of(text) is "and")));
                if (description)
                {
                    people[^1] = people[^1] with { Category = Renamed(people[^1].Category, item.Category is VictimCategory.Civilians ? VictimCategory.Total : item.Category) };
                }
                else if (renames)
                {
                    // "her infant granddaughter, Maryam": the kin word's child outranks the name's woman.
                    people[^1] = people[^1] with { Name = item.Name, Category = Renamed(people[^1].Category, item.Category) };
                }
                else if (described)
                {
                    people[^1] = people[^1] with { Category = people[^1].Category == VictimCategory.Total ? item.Category : people[^1].Category, Kin = true };
                }
                else
                {
                    // "Nadiya Tafish and her son", "…, Nujin Xelil, 35, her two sons": the possessive after a named person
                    // (the list's first, or one just given an age) tells that person's sex.
                    if (people.Count > 0 && people[^1].Category == VictimCategory.Total && !people[^1].Kin &&
                        (people.Count == 1 || (people[^1].Name is not null && AfterAnAge(text, tokens, k, start))) && tokens[k].Of(text) is "her" or "his")
                    {
                        people[^1] = people[^1] with { Category = tokens[k].Of(text) is "her" ? VictimCategory.Women : VictimCategory.Men };
                    }

                    item = item.Female && item.Category == VictimCategory.Total ? item with { Category = VictimCategory.Women } : item;
                    // "their sons Ibrahim (33) and Khaled (29)", "Karim's sisters Huda, Layla and Rima": the bare names after a
                    // plural kin word's first are more of them.
                    item = item is { Kin: false, Category: VictimCategory.Total, Name: not null } && group is { } kind &&
                           tokens[k - 1].Of(text) is "and" or ","
                        ? item with { Category = ByAge(kind, item.Age, groupNoun >= 0 ? tokens[groupNoun].Of(text) : default) }
                        : item;
                    (group, groupNoun) = item.Plural ? (item.Category, KinWordAt(text, tokens, item.First, item.End)) : item.Kin ? (null, -1) : (group, groupNoun);
                    people.Add(item);
                    for (var n = 1; n < item.Count && people.Count <= MaxSubjects; n++)
                    {
                        people.Add(item);
                    }

                    members = item.Count > 1 ? item.Count : 0;
                }
            }
            else if (itemEnd > k && people.Count > 0 && (Age(text, tokens, k, itemEnd) ?? BracketedAge(text, tokens, k, itemEnd)) is { } age)
            {
                // "Omar Haddad, 40, and Sami, 9": an age on its own belongs to the person before it; "two brothers,
                // aged 7 and 10": "aged" gives the group's ages, one side of adulthood for all of them.
                var aged = members > 0 && tokens[k].Of(text) is "aged" ? Math.Min(members, people.Count) : 1;
                var first = aged == 1 && lastPerson >= 0 ? lastPerson : people.Count - aged;
                for (var n = first; n < first + aged; n++)
                {
                    people[n] = people[n] with { Category = Aged(text, tokens, people[n], age.Age) };
                }
            }
            else if (itemEnd == k + 1 && people.Count > 0 && tokens[k] is { Kind: TokenKind.Number, Suffixed: false, Value: > 0 and < 120 } bare)
            {
                // ("their two daughters, Malak, 12, and Yasmine, 9": the member just named.)
                var who = lastPerson >= 0 ? lastPerson : people.Count - 1;
                // ("their daughter Heba, 19": a daughter of adult age is a woman.)
                people[who] = people[who] with { Category = Aged(text, tokens, people[who], (int)bare.Value) };
            }

            lastPerson = found is not null ? people.Count - 1 : lastPerson;
            // (An age after a person keeps the person the last item: "Mohamed Ali, 42, a farmer".)
            adjacent = found is not null || (adjacent && itemEnd > k && (Age(text, tokens, k, itemEnd) is not null ||
                                                                         (itemEnd == k + 1 && tokens[k].Kind == TokenKind.Number)));
            k = NextItem(text, tokens, itemEnd, end, semicolons);
        }

        return people;
    }

    // What an age given after a listed person makes of them: a child under 18; of adult age, a son or daughter a man
    // or a woman, and so a woman named with a woman's name ("two cousins, Rami, 25, and Ola, 21").
    private static VictimCategory Aged(string text, List<Token> tokens, Subject person, int age) =>
        ByAge(person.Category, age, KinWordAt(text, tokens, person.First, person.End) is var at and >= 0 ? tokens[at].Of(text) : default) is var category &&
        category == VictimCategory.Total && person.Female && age >= AdultAge ? VictimCategory.Women : category;

    // Whether the item at `k` follows an age set off by a comma: "…, Nujin Xelil, 35, her two sons", "…, 35, and her".
    private static bool AfterAnAge(string text, List<Token> tokens, int k, int start)
    {
        var j = k - 1 >= start && tokens[k - 1].Of(text) is "and" ? k - 2 : k - 1;
        return j - 1 >= start && tokens[j].Of(text) is "," && tokens[j - 1] is { Kind: TokenKind.Number, Suffixed: false, Value: > 0 and < 120 };
    }

    // The category of a person a kin word or group gave, named again: an age may say more ("her son, Ali (25)").
    private static VictimCategory Renamed(VictimCategory known, VictimCategory named) => named == VictimCategory.Total ? known : named;

    // The first token of the item after the one ending at itemEnd (past the separators).
    private static int NextItem(string text, List<Token> tokens, int itemEnd, int end, bool semicolons)
    {
        var k = itemEnd + 1;
        while (k < end && (semicolons ? tokens[k].Of(text) is ";" : IsItemBreak(text, tokens, k)))
        {
            k++;
        }

        return k;
    }

    // "posted the names of eight people killed in the strike: Hussein, 38 years old; his wife Sudfa, 38; his son
    // Ahmed, 12 years old": the people listed after a colon that closes a phrase about the dead.
    // `dash`: the dash opening a list of the members a figure counted ("four members of one family — a father, …"), or -1.
    // (`bits` are the sentence's class bits.)
    private void ListOfTheDead(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn, int dash, uint bits)
    {
        if (dash >= 0)
        {
            var closing = dash + 1;
            // (A hyphen closes only with spaces around it: "her daughter-in-law" goes on.)
            while (closing < s.End && !(tokens[closing].Of(text).SequenceEqual(tokens[dash].Of(text)) &&
                                        (tokens[closing].Of(text) is not "-" || SpacedHyphen(text, tokens, closing))))
            {
                closing++;
            }

            if (DeadBefore(text, tokens, dash, s.First) is { } listed)
            {
                AddList(text, tokens, s, into, firstOwn, dash, closing, listed, names: 0);
            }

            return;
        }

        // The list opens after a colon, or after "identified as" / "named as". (Most sentences have no colon to look for.)
        var colon = -1;
        var hasColon = s.Of(text, tokens).Contains(':');
        for (var k = s.First + 1; k < s.End - 2 && colon < 0 && hasColon; k++)
        {
            colon = tokens[k].Of(text) is ":" ? k : -1;
        }

        for (var k = s.First + 1; k < s.End - 2 && colon < 0; k++)
        {
            // Each reading below needs at k "as", "include", "included" or "were", a mark of punctuation after a victim
            // noun, or a victim noun (the kin group's, whose bit KinGroupBefore asks first): most tokens are none.
            var t = tokens[k];
            var victims = _v.Victims.Bit;
            if ((t.Classes & victims) == 0 && !(t.Kind == TokenKind.Punct && (tokens[k - 1].Classes & victims) != 0) &&
                t.Of(text) is not ("as" or "include" or "included" or "were" or "was"))
            {
                continue;
            }

            colon = (tokens[k].Of(text) is "as" && (tokens[k - 1].Of(text) is "identified" or "named" || NamesThemAs(text, tokens, k, s.First))) ||
                    // "The victims were named by Tal Afar Today as …", "named three of the dead as …".
                    (tokens[k].Of(text) is "as" && NamedByOrOfTheDead(text, tokens, k, s.First)) ||
                    // "The dead included a baby girl, her two brothers and their grandmother".
                    // ("Named victims include Hassan (34), his mother Fatima (61) …".)
                    // ("Victims included Jamal Haj Hussein, 48, …": the noun may open the sentence.)
                    (tokens[k].Of(text) is "included" or "include" or "were" && k - 1 >= s.First &&
                     (k - 1 == s.First || tokens[k - 2].Of(text) is "The" or "the" or "Named" or "named" or "Identified" or "identified" or "Other" or "other") &&
                     DeadWord(tokens[k - 1].Of(text)) is HarmKind.Killed &&
                     // ("Most of the dead were women and children" tells a share, not a list.)
                     !(k - 3 >= s.First && tokens[k - 3].Of(text) is "of") &&
                     // ("The victims were named as …": the list opens after "as".)
                     !(k + 1 < s.End && tokens[k + 1].Of(text) is "named" or "identified" or "listed")) ||
                    (tokens[k].Of(text) is "were" or "was" && AmongBefore(text, tokens, k, s.First)) ||
                    // "The victims, named by a relative to a local news site, were …", "Victims named by the Syrian
                    // Civil Defence were …".
                    // ("The victims named by relatives included …".)
                    (tokens[k].Of(text) is "were" or "included" or "include" && VictimsNamedBefore(text, tokens, k, s.First)) ||
                    (tokens[k].Of(text) is "," or "-" or "–" or "—" && KinGroupBefore(text, tokens, k, s.First)) ||
                    (KinGroupBefore(text, tokens, k + 1, s.First) && OpensItem(text, tokens, k + 1, s.End)) ? k : -1;
        }

        var end = s.End;
        if (colon < 0 && (bits & Vocabulary.NamingVerbBit) != 0 && NamedAsDead(text, tokens, s) is { } named)
        {
            // "identified 14-year-old Amal, 15-year-old Retaj and Intifada (36) as among the dead".
            (colon, end) = named;
        }

        var harm = colon < 0 ? null : end == s.End ? DeadBefore(text, tokens, colon, s.First) : HarmKind.Killed;
        // "… killed four members of one family. They were named as Milad (60), his daughters …": the dead the sentence
        // before told of.
        // ("A relative named them to Airwars: Mahmoud Abu Shaaban (61); his wife Samira (58); …": so after a colon.)
        if (harm is null && colon > s.First && (tokens[colon].Of(text) is "as" ? NamesThemAs(text, tokens, colon, s.First) : NamedThemBefore(text, tokens, colon, s.First)) &&
            firstOwn > 0 && into[firstOwn - 1] is { Harm: HarmKind.Killed } told && told.Sentence == s.Index - 1)
        {
            harm = HarmKind.Killed;
        }
        if (harm is null && IncludingAfterHarm(text, tokens, s) is { } including)
        {
            // "Eleven members of the family were killed, including 54-year-old Ashraf and his wife Hikmat, …": a
            // list of named people after "including" (a list of figures is a breakdown, read elsewhere).
            AddList(text, tokens, s, into, firstOwn, including.At, s.End, including.Harm, names: 2);
            return;
        }

        if (colon >= 0 && harm is { } h)
        {
            // ("Among the dead was Sofia, a 12-year-old girl", "named the dead woman as Nurto Omar, 18": one person.)
            AddList(text, tokens, s, into, firstOwn, colon, end, h, names: 0, single: tokens[colon].Of(text) is "as" or "was");
        }
    }

    // The people listed in (opener, end) counted one by one, unless a figure of the sentence counts them already or
    // fewer than `names` of them are named.
    private void AddList(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn, int opener, int end, HarmKind harm, int names,
                         bool single = false)
    {
        // A figure just before a colon counts the list already; one before "including" is what the list breaks down.
        // (A list of names may hold single people the figure rules read as a breakdown: "and an infant".)
        if (into.Skip(firstOwn).Any(m => m.Harm == harm && !m.Detail &&
                                         ((m.Start > tokens[opener].Start && (names == 0 || m.Range.Min > 1)) ||
                                          (names == 0 && m.End >= tokens[opener - 1].Start))))
        {
            BreakDownCountedList(text, tokens, s, into, firstOwn, opener, end, harm, names);
            return;
        }

        var people = ListedPeople(text, tokens, s, opener, end);
        if (people.Count < (single ? 1 : 2) || people.Count > MaxSubjects || people.Count(p => p.Name is not null) < names ||
            people.Count <= into.Skip(firstOwn).Count(m => m.Harm == harm && m.Start > tokens[opener].Start))
        {
            return;
        }

        into.RemoveAll(m => m.Sentence == s.Index && m.Harm == harm && (m.Detail || names > 0) && m.Start > tokens[opener].Start);
        foreach (var p in people)
        {
            into.Add(new Mention(harm, p.Category, FigureRange.Exactly(1), false, false, false, s.Index,
                                 tokens[p.First].Start, tokens[p.End - 1].End, DetailClause(s), Detail: true, Name: p.Name));
        }
    }

    // The people a list after `opener` names, up to `end` (and its closing mark); its items parted by semicolons when
    // the sentence has one after the opener.
    private List<Subject> ListedPeople(string text, List<Token> tokens, Sentence s, int opener, int end)
    {
        var semicolons = false;
        for (var k = opener + 1; k < s.End && !semicolons; k++)
        {
            semicolons = tokens[k].Of(text) is ";";
        }

        while (end > opener + 1 && tokens[end - 1].Kind == TokenKind.Punct && tokens[end - 1].Of(text) is "." or "!" or "”" or "\"")
        {
            end--;
        }

        return People(text, tokens, opener + 1, end, semicolons);
    }

    // "killed two civilians: Mohamed Ali, 42, a farmer, and his son Abdi, 15": the toll before the list counts its
    // people, but their ages and kin words still tell its children, women and men. (Only with the toll of all or of the
    // civilians in the sentence, not a group of one person's kin, and a list no longer than it.)
    private void BreakDownCountedList(string text, List<Token> tokens, Sentence s, List<Mention> into, int firstOwn, int opener, int end,
                                      HarmKind harm, int names)
    {
        var toll = names > 0 ? null : into.Skip(firstOwn).FirstOrDefault(m => m.Harm == harm && m.Sentence == s.Index && !m.Detail &&
                                                                             !m.Breakdown && !m.Additional && m.End <= tokens[opener].Start &&
                                                                             m.Category is VictimCategory.Total or VictimCategory.Civilians &&
                                                                             m.Clause < DetailClauseBase);
        if (toll is null)
        {
            return;
        }

        var people = ListedPeople(text, tokens, s, opener, end);
        if (people.Count < 2 || people.Count > (toll.Range.Max ?? toll.Range.Min))
        {
            return;
        }

        foreach (var p in people)
        {
            if (p.Category is VictimCategory.Children or VictimCategory.Women or VictimCategory.Men)
            {
                into.Add(new Mention(harm, p.Category, FigureRange.Exactly(1), false, false, false, s.Index,
                                     tokens[p.First].Start, tokens[p.End - 1].End, DetailClause(s), Detail: true, Name: p.Name));
            }
        }
    }

    // "… were killed in the incident, including …": the "including" after a harm word, and that harm.
    private (int At, HarmKind Harm)? IncludingAfterHarm(string text, List<Token> tokens, Sentence s)
    {
        // Most sentences have neither word: a search of their text spares them the token loop.
        var chars = s.Of(text, tokens);
        if (!chars.Contains("including", StringComparison.Ordinal) && !chars.Contains("among", StringComparison.Ordinal))
        {
            return null;
        }

        HarmKind? harm = null;
        for (var k = s.First; k + 2 < s.End; k++)
        {
            if (harm is { } h && tokens[k - 1].Of(text) is ",")
            {
                // ", including …", ", among them …", ", among whom …".
                if (tokens[k].Of(text) is "including")
                {
                    return (k, h);
                }

                if (tokens[k].Of(text) is "among" && tokens[k + 1].Of(text) is "them" or "whom")
                {
                    return (k + 1, h);
                }
            }

            harm = _v.HarmAfter.Match(text, tokens, k, s.End) is { } m && !OwnedHarmNoun(text, tokens, k, k + m.Length, s.End) ? m.Value : harm;
        }

        return null;
    }

    // "identified A, B and C as among the dead" / "named A and B as the victims": the verb before the list (as the
    // colon is) and the token that ends it.
    /// <summary>The verbs that name the dead (<see cref="Vocabulary.NamingVerbBit"/>).</summary>
    internal static readonly string[] NamingVerbWords = ["identified", "named", "listed"];

    private static readonly SearchValues<string> NamingVerbs = Sentence.Words(NamingVerbWords);

    // "They were named as", "They were identified as", "Neighbours identified them as".
    // The sentence opens on the victims or the dead, and what stands before "were" only says who named them.
    private static bool VictimsNamedBefore(string text, List<Token> tokens, int were, int first)
    {
        var k = first + (tokens[first].Of(text) is "The" ? 1 : 0);
        if (k + 2 >= were || were - k > 14 || tokens[k].Of(text) is not ("victims" or "Victims" or "dead"))
        {
            return false;
        }

        for (var n = k + 1; n < were; n++)
        {
            if (tokens[n].Of(text) is "named" or "identified" or "listed")
            {
                return true;
            }
        }

        return false;
    }

    // "named them to Airwars:", "identified them:", "named four of them:": a naming of "them" (or of the dead, the
    // victims) a few words before a colon.
    private static bool NamedThemBefore(string text, List<Token> tokens, int colon, int first)
    {
        if (tokens[colon].Of(text) is not ":")
        {
            return false;
        }

        var them = false;
        for (var k = colon - 1; k >= Math.Max(first, colon - 6); k--)
        {
            them |= tokens[k].Of(text) is "them" or "dead" or "victims";
            if (them && tokens[k].Of(text) is "named" or "identified" or "listed")
            {
                return true;
            }
        }

        return false;
    }

    // ("They named the two as …": the dead counted before, by their number.)
    // ("The family was named by a local monitor as …": the family the sentence before told of.)
    private static bool NamesThemAs(string text, List<Token> tokens, int asAt, int first) =>
        tokens[asAt - 1].Of(text) is "named" or "identified"
            ? asAt - 3 >= first && tokens[asAt - 2].Of(text) is "were" && tokens[asAt - 3].Of(text) is "They"
            : TheyWereNamedBy(text, tokens, asAt, first) || (tokens[asAt - 1].Of(text) is "them" && asAt - 2 >= first && tokens[asAt - 2].Of(text) is "named" or "identified" or "listed" or "naming" or "identifying") ||
              (asAt - 3 >= first && tokens[asAt - 2].Of(text) is "the" && tokens[asAt - 3].Of(text) is "named" or "identified" &&
               (tokens[asAt - 1].Kind == TokenKind.Number || (tokens[asAt - 1].Classes & Vocabulary.NumberWordBit) != 0));

    // "They were named by relatives as", "The family was identified by the monitor as": a sentence opening on those
    // told of before, named by a source.
    private static bool TheyWereNamedBy(string text, List<Token> tokens, int asAt, int first)
    {
        var k = first + (tokens[first].Of(text) is "The" ? 1 : 0);
        if (!(k + 3 < asAt && asAt - k <= 12 && tokens[k].Of(text) is "They" or "family" or "victims" or "dead" &&
              tokens[k + 1].Of(text) is "was" or "were" && tokens[k + 2].Of(text) is "named" or "identified" && tokens[k + 3].Of(text) is "by"))
        {
            return false;
        }

        for (var n = k + 4; n < asAt; n++)
        {
            // (The source's name, no clause of its own.)
            if (tokens[n].Kind == TokenKind.Punct && tokens[n].Of(text) is not ("(" or ")" or "'" or "’" or "-"))
            {
                return false;
            }
        }

        return true;
    }

    private static (int Verb, int End)? NamedAsDead(string text, List<Token> tokens, Sentence s)
    {
        // Most sentences have none of the verbs: a search of their text spares them the token loop.
        if (!s.Mentions(text, tokens, NamingVerbs))
        {
            return null;
        }

        for (var k = s.First; k + 3 < s.End; k++)
        {
            if (!IsOneOf(tokens[k].Of(text), NamingVerbWords) || tokens[k + 1].Of(text) is "as" or "by")
            {
                continue;
            }

            for (var a = k + 2; a + 2 < s.End && a < k + 60; a++)
            {
                if (tokens[a].Of(text) is not "as")
                {
                    continue;
                }

                var b = tokens[a + 1].Of(text) is "among" or "amongst" ? a + 2 : a + 1;
                b += b < s.End && tokens[b].Of(text) is "the" or "those" ? 1 : 0;
                return b < s.End && DeadWord(tokens[b].Of(text)) is HarmKind.Killed ? (k, a) : null;
            }
        }

        return null;
    }

    private bool IsBarePluralNoun(string text, List<Token> tokens, Subject p) =>
        p is { Count: 1, Name: null } && tokens[p.First].Kind == TokenKind.Word && IsPlural(tokens[p.First].Of(text)) &&
        _v.Victims.Match(text, tokens, p.First, p.End) is not null;

    // "as" after "named by <source>", "named <some> of the dead" or "listed the dead": the naming verb's list follows.
    private static bool NamedByOrOfTheDead(string text, List<Token> tokens, int asAt, int first)
    {
        for (var k = asAt - 2; k >= Math.Max(first, asAt - 8); k--)
        {
            if (tokens[k].Of(text) is not ("named" or "identified" or "listed"))
            {
                continue;
            }

            for (var j = k + 1; j < asAt; j++)
            {
                if (tokens[j].Of(text) is "by" || DeadWord(tokens[j].Of(text)) is HarmKind.Killed)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    // "Among those killed in the strike were …".
    // (And "Killed were …", "Those killed were …".)
    private static bool AmongBefore(string text, List<Token> tokens, int were, int first)
    {
        if ((were == first + 1 && tokens[first].Of(text) is "Killed") ||
            (were == first + 2 && tokens[first].Of(text) is "Those" && tokens[first + 1].Of(text) is "killed"))
        {
            return true;
        }

        for (var k = were - 1; k >= Math.Max(first, were - 8); k--)
        {
            if (tokens[k].Of(text).Equals("among", StringComparison.OrdinalIgnoreCase) && k + 1 < were && tokens[k + 1].Of(text) is "those" or "the")
            {
                return true;
            }
        }

        return false;
    }

    // "… was killed alongside her children, 15-year-old Basmala and 11-year-old Abdullah": a plural kin word with no
    // number, joined to the harm word, whose members the list names.
    private bool KinGroupBefore(string text, List<Token> tokens, int comma, int first)
    {
        var noun = comma - 1;
        // (The victim noun's class bit first: one bit test, which almost every token fails; the list asks at every token.)
        return noun - 2 >= first && (tokens[noun].Classes & _v.Victims.Bit) != 0 &&
               tokens[noun - 1].Of(text) is "his" or "her" or "their" or "His" or "Her" or "Their" &&
               tokens[noun].Kind == TokenKind.Word && IsPlural(tokens[noun].Of(text)) &&
               _v.Victims.Match(text, tokens, noun, comma) is not null &&
               // "killed alongside her children, …"; "killed Heba and her daughters, …" (the harm word is looked for later).
               (Alongside(text, tokens, noun - 1, first) is not null || tokens[noun - 2].Of(text) is "and");
    }

    // "alongside his sons 17-year-old Zakriya and …", "with their children Mahmoud, Ismail …": an age or a name goes
    // straight on from the group's noun, with no comma between.
    private bool OpensItem(string text, List<Token> tokens, int k, int end) =>
        k < end && (Age(text, tokens, k, end) is not null || IsPersonName(text, tokens[k]));

    // "killed in the strike:", "the names of the dead:", "the victims were:": a harm word shortly before the colon.
    private HarmKind? DeadBefore(string text, List<Token> tokens, int colon, int first)
    {
        // ("were shot dead by gunmen manning a fake checkpoint on the road into the Tammuz 17 district: the father, …":
        // where the harm happened may stand between; another clause may not.)
        for (var k = colon - 1; k >= Math.Max(first, colon - 18) && tokens[k].Of(text) is not (";" or "."); k--)
        {
            if (_v.HarmAfter.Match(text, tokens, k, colon) is { } m)
            {
                return m.Value;
            }

            // "killing seven civilians from the Shreif family: Ali Shreif, 58, …".
            if (_v.HarmBefore.Match(text, tokens, k, colon) is { } before)
            {
                return before.Value;
            }

            if (DeadWord(tokens[k].Of(text)) is HarmKind.Killed)
            {
                return HarmKind.Killed;
            }
        }

        return null;
    }

    // A capitalised word that no figure or harm lexicon knows: "Between" opening a sentence is no name.
    private bool IsPersonName(string text, Token t) => IsName(text, t) && (t.Classes & _v.NotNameBits) == 0;

    private bool IsSubjectToken(string text, List<Token> tokens, int k, int end)
    {
        var t = tokens[k];
        var w = t.Of(text);
        return IsItemBreak(text, tokens, k) || IsPersonName(text, t) || t.Kind == TokenKind.Number || NumberWords.Parse(text, tokens, k, end) is not null ||
               w is "his" or "her" or "their" or "(" or ")" or "-" or "’" or "'" or "year" or "years" or "old" or "aged" or "as" or "well" ||
               w is "along" or "with" or "together" or "alongside" || IsOneOf(w, YoungWords) ||
               _v.Victims.Match(text, tokens, k, end) is not null;
    }

    private static bool IsItemBreak(string text, List<Token> tokens, int k)
    {
        var w = tokens[k].Of(text);
        return w is "," or "and" or ":" || (w is "as" && k + 2 < tokens.Count && tokens[k + 1].Of(text) is "well" && tokens[k + 2].Of(text) is "as") ||
               (w is "well" && k > 0 && tokens[k - 1].Of(text) is "as") ||
               (w is "as" && k > 1 && tokens[k - 1].Of(text) is "well" && tokens[k - 2].Of(text) is "as");
    }

    // An item names a person when it starts with a name, an age, a kin or victim word, or a determiner before one;
    // "who was killed alongside …", "also known as …" are about someone already listed.
    private bool StartsPerson(string text, List<Token> tokens, int k, int end)
    {
        var w = tokens[k].Of(text);
        return k < end && (IsPersonName(text, tokens[k]) || tokens[k].Kind == TokenKind.Number || NumberWords.Parse(text, tokens, k, end) is not null ||
                           IsOneOf(w, ["his", "her", "their", "a", "an", "the"]) || _v.Victims.Match(text, tokens, k, end) is not null);
    }

    // One listed person: "her son", "64-year-old Issa Marahil", "Umm Anas", "daughter Fatima (9)".
    private Subject? Item(string text, List<Token> tokens, int from, int end)
    {
        var category = VictimCategory.Total;
        var kin = false;
        int? age = null;
        string? name = null;
        var nounAt = -1;
        var count = 1;
        var owner = false;
        for (var k = from; k < end; k++)
        {
            if ((Age(text, tokens, k, end) ?? BracketedAge(text, tokens, k, end)) is { } a)
            {
                age = a.Age;
                k = a.End - 1;
                continue;
            }

            // "Kholoud Barbakh, 21 (daughter of Mahmoud)": a bare number after the name and a comma is the age.
            if (age is null && name is not null && k > from && tokens[k - 1].Of(text) is "," &&
                tokens[k] is { Kind: TokenKind.Number, Suffixed: false, Value: > 0 and < 120 } bare &&
                (k + 1 == end || tokens[k + 1].Of(text) is "(" or "," or ")"))
            {
                age = (int)bare.Value;
                continue;
            }

            // "Jasser Marjouna’s wife": the name before a possessive is the owner's, not this person's.
            if (name is not null && !kin && k + 1 < end && tokens[k].Of(text) is "’" or "'" && tokens[k + 1].Of(text) is "s")
            {
                name = null;
                owner = true;
                k++;
                continue;
            }

            // "two brothers of the wife of Awad": what follows "of" belongs to someone else.
            if (tokens[k].Of(text) is "of" && kin)
            {
                break;
            }

            // "(female, 39 years old)": the sex a list states.
            if (category == VictimCategory.Total && tokens[k].Of(text) is "female" or "male" && k > from && tokens[k - 1].Of(text) is "(" or ",")
            {
                category = tokens[k].Of(text) is "female" ? VictimCategory.Women : VictimCategory.Men;
                continue;
            }

            if (_v.Victims.Match(text, tokens, k, end) is { } v && !char.IsUpper(text[tokens[k].Start]))
            {
                // "her infant granddaughter", "her little son": the child word wins.
                (category, kin, nounAt) = (category == VictimCategory.Children || YoungKin(text, tokens, k, from) ? VictimCategory.Children : v.Value, true, k);
                // ("their married daughter Hanan": of adult age.)
                age ??= AdultKin(text, tokens, k, from) ? AdultAge : null;
                continue;
            }

            if (!kin && name is null && count == 1 && (tokens[k] is { Kind: TokenKind.Number, Suffixed: false, Value: > 1 and < 20 } ||
                                                        NumberWords.Parse(text, tokens, k, end) is { Value: > 1 and < 20 }))
            {
                // "two sons": a group of people, named one by one after it.
                count = tokens[k].Kind == TokenKind.Number ? (int)tokens[k].Value : NumberWords.Parse(text, tokens, k, end)!.Value.Value;
                continue;
            }

            // ("Zeinab's mother", the possessive written onto the name: the owner's too.)
            if (name is null && !owner && k + 1 < end && tokens[k].Of(text) is [.., '\'' or '’', 's'] && IsName(text, tokens[k]))
            {
                owner = true;
                continue;
            }

            // (An owner's name stands before the kin word; a name after it is the person's: "Karim's sisters Huda".)
            if (name is null && (!owner || kin) && IsPersonName(text, tokens[k]) && !IsOneOf(tokens[k].Of(text), NotNames))
            {
                name = Key(text, tokens, k, end);
                category = category == VictimCategory.Total && IsOneOf(tokens[k].Of(text), FemaleTitles) ? VictimCategory.Women
                    : category == VictimCategory.Total && IsOneOf(tokens[k].Of(text), MaleTitles) && k + 1 < end && IsName(text, tokens[k + 1]) ? VictimCategory.Men
                    : category;
            }
        }

        // "Mahmoud's unmarried sisters Wafaa (55) and Amal (52)": a plural kin word with no number counts the names after it.
        var plural = kin && count == 1 && nounAt >= 0 && IsPlural(tokens[nounAt].Of(text));
        if (plural)
        {
            count = Math.Max(1, NamesAfter(text, tokens, nounAt + 1, end));
        }

        return name is null && !kin ? null
            : new Subject(from, end, ByAge(category, age, nounAt >= 0 ? tokens[nounAt].Of(text) : default), name, kin, kin ? count : 1,
                          !kin && BySex(VictimCategory.Total, name) == VictimCategory.Women, age, plural);
    }

    // The names in [from, end) that open an item of a list: the first, and those after "and" or a comma.
    private int NamesAfter(string text, List<Token> tokens, int from, int end)
    {
        var names = 0;
        for (var k = from; k < end; k++)
        {
            if (IsPersonName(text, tokens[k]) && (k == from || tokens[k - 1].Of(text) is "and" or ","))
            {
                names++;
            }
        }

        return names;
    }
}
