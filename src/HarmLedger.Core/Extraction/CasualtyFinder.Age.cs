using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>
/// The age rules of <see cref="CasualtyFinder"/>: a victim whose stated age is under 18 is a child ("his 12-year-old
/// son", "two sons, Adam (9) and Ali (5)", "aged 7"), and a son or daughter of stated adult age is a man or a woman,
/// as monitors code named victims.
/// </summary>
internal sealed partial class CasualtyFinder
{
    private const int AdultAge = 18;
    private static readonly string[] MaleKin = ["son", "sons", "grandson", "grandsons", "nephew", "nephews"];
    private static readonly string[] FemaleKin = ["daughter", "daughters", "granddaughter", "granddaughters", "niece", "nieces"];

    // "12-year-old", "12 year old", "12 years old", "twelve-year-old", "aged 12": an age and the token after it.
    private static (int Age, int End)? Age(string text, List<Token> tokens, int at, int end)
    {
        if (at < end && tokens[at].Of(text).Equals("aged", StringComparison.OrdinalIgnoreCase))
        {
            // "aged 17 to 40" spans adults and children: no one age; "aged 8 and 12" are both children.
            if (Years(text, tokens, at + 1, end) is not { } n)
            {
                return null;
            }

            if (n.End + 1 < end && tokens[n.End].Of(text) is "to" or "-" or "–" or "and" && Years(text, tokens, n.End + 1, end) is { } other)
            {
                return n.Value < AdultAge == other.Value < AdultAge ? (n.Value, other.End) : null;
            }

            return (n.Value, n.End);
        }

        if (Years(text, tokens, at, end) is not { } y)
        {
            return null;
        }

        // "67 or 68 year old", "40- or 41-year-old", "13 to 15 years old": the lower age stands for both.
        var after = y.End < end && tokens[y.End].Of(text) is "-" or "–" && y.End + 1 < end && tokens[y.End + 1].Of(text) is "or" or "to" ? y.End + 1 : y.End;
        if (after + 1 < end && tokens[after].Of(text) is "or" or "to" && Years(text, tokens, after + 1, end) is { } upper)
        {
            y = (y.Value, upper.End);
        }

        var k = y.End < end && tokens[y.End].Of(text) is "-" or "–" ? y.End + 1 : y.End;
        // "a six-month-old baby", "a 10-day-old infant": under a year.
        var infant = k < end && IsOneOf(tokens[k].Of(text), ["month", "months", "week", "weeks", "day", "days"]);
        if (k >= end || !(infant || tokens[k].Of(text) is "year" or "years" or "Year" or "Years"))
        {
            return null;
        }

        k++;
        // ("Jana, 18 months, and …": an age in months needs no "old".)
        if (infant && (k >= end || tokens[k].Of(text) is "," or ")" or "." or ";" or "and"))
        {
            return (0, k);
        }

        k = k < end && tokens[k].Of(text) is "-" or "–" ? k + 1 : k;
        return k < end && tokens[k].Of(text).StartsWith("old", StringComparison.OrdinalIgnoreCase) ? (infant ? 0 : y.Value, k + 1) : null;
    }

    // "Karim (12)": an age in brackets straight after a name or a noun.
    private static (int Age, int End)? BracketedAge(string text, List<Token> tokens, int at, int end)
    {
        if (at + 2 < end && tokens[at].Of(text) is "(" && tokens[at + 2].Of(text) is ")" &&
            tokens[at + 1] is { Kind: TokenKind.Number, Suffixed: false, Value: > 0 and < 120 } n)
        {
            return ((int)n.Value, at + 3);
        }

        return at + 1 < end && tokens[at].Of(text) is "(" && Age(text, tokens, at + 1, end) is { } a ? a : null;
    }

    private static (int Value, int End)? Years(string text, List<Token> tokens, int at, int end)
    {
        if (at >= end)
        {
            return null;
        }

        if (tokens[at] is { Kind: TokenKind.Number, Suffixed: false, Value: >= 0 and < 120 } t)
        {
            return ((int)t.Value, at + 1);
        }

        return NumberWords.Parse(text, tokens, at, end) is { Value: < 120 } w ? (w.Value, at + w.Length) : null;
    }

    // The age stated just after the victim noun, before the next item of a list: "son Karim Haddad (12)",
    // "two sons, Adam (9 years old) and Ali", "Lina, 7 years old".
    private static int? AgeAfter(string text, List<Token> tokens, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 8); k++)
        {
            if (BracketedAge(text, tokens, k, end) is { } b)
            {
                return b.Age;
            }

            // "his wife, 13-year-old Dina": an age before a name is that next person's.
            if (Age(text, tokens, k, end) is { } a)
            {
                return a.End < end && tokens[a.End].Kind == TokenKind.Word && char.IsUpper(text[tokens[a.End].Start]) ? null : a.Age;
            }

            var t = tokens[k];
            var w = t.Of(text);
            var comma = w is "," && k == from + NameLength(text, tokens, from, end);
            if (!(comma || w is "-" or "’" or "'" || (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]))))
            {
                return null;
            }
        }

        return null;
    }

    // The son or daughter word (whose adult age makes a man or a woman) of a person whose mention starts at the
    // character `start`, before the token `before`; empty when it has none.
    private static ReadOnlySpan<char> KinWordIn(string text, List<Token> tokens, int start, int before)
    {
        var from = before;
        while (from > 0 && tokens[from - 1].Start >= start)
        {
            from--;
        }

        return KinWordAt(text, tokens, from, before) is var at and >= 0 ? tokens[at].Of(text) : default;
    }

    // The token of a son or daughter word in [from, end), or -1.
    private static int KinWordAt(string text, List<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (IsOneOf(tokens[k].Of(text), MaleKin) || IsOneOf(tokens[k].Of(text), FemaleKin))
            {
                return k;
            }
        }

        return -1;
    }

    // "their two daughters, 17-year-old Malak and 14-year-old Abeer", "three sons (4, 9 and 12)": the ages of the
    // people a group lists. All under 18 make the group children, all adults make it adults; mixed ages say nothing.
    private static int? GroupAge(string text, List<Token> tokens, int from, int end)
    {
        int? youngest = null, oldest = null;
        for (var k = from; k < Math.Min(end, from + 40); k++)
        {
            if ((Age(text, tokens, k, end) ?? BracketedAge(text, tokens, k, end)) is { } a)
            {
                youngest = Math.Min(youngest ?? a.Age, a.Age);
                oldest = Math.Max(oldest ?? a.Age, a.Age);
                k = a.End - 1;
                continue;
            }

            var t = tokens[k];
            var w = t.Of(text);
            // "their two daughters, Malak, 12, and Yasmine, 9": a bare number after a name and a comma is an age.
            if (t is { Kind: TokenKind.Number, Suffixed: false, Value: > 0 and < 120 } && k - 2 >= from && tokens[k - 1].Of(text) is "," &&
                tokens[k - 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[k - 2].Start]))
            {
                youngest = Math.Min(youngest ?? (int)t.Value, (int)t.Value);
                oldest = Math.Max(oldest ?? (int)t.Value, (int)t.Value);
                continue;
            }

            // "four sons – a twelve-year-old Hasan, a son Ali (9)": articles and kin words may lead an item.
            var listWord = w is "," or "and" or "-" or "–" or "—" or ":" or "(" or ")" or "’" or "'" or "aged" or "a" or "an" ||
                           (t.Kind == TokenKind.Number && !t.Suffixed) || IsOneOf(w, MaleKin) || IsOneOf(w, FemaleKin);
            if (!listWord && !(t.Kind == TokenKind.Word && char.IsUpper(text[t.Start])))
            {
                break;
            }
        }

        return youngest is null ? null : oldest < AdultAge || youngest >= AdultAge ? youngest : null;
    }

    private static int NameLength(string text, List<Token> tokens, int from, int end)
    {
        var k = from;
        while (k < end && (tokens[k].Of(text) is "-" or "’" or "'" || (tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]))))
        {
            k++;
        }

        return k - from;
    }

    // A stated age refines the category: children under 18; sons and daughters (and grandchildren, children unless
    // aged) of adult age are men and women.
    private static VictimCategory ByAge(VictimCategory category, int? age, ReadOnlySpan<char> noun) => age switch
    {
        < AdultAge when category is not VictimCategory.Combatants => VictimCategory.Children,
        >= AdultAge when category is VictimCategory.Total or VictimCategory.Children && IsOneOf(noun, MaleKin) => VictimCategory.Men,
        >= AdultAge when category is VictimCategory.Total or VictimCategory.Children && IsOneOf(noun, FemaleKin) => VictimCategory.Women,
        _ => category,
    };
}
