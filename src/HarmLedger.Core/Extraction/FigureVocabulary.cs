namespace HarmLedger.Extraction;

/// <summary>Words that tell counts of people from other numbers, and words that make a sentence worth reading.</summary>
internal static class FigureVocabulary
{
    /// <summary>Units and nouns after a number that make it something other than a count of people.</summary>
    public static readonly string[] Units =
    [
        "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
        "minutes", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
        "metre", "meter", "m", "percent", "per", "%", "times", "am", "pm", "a.m.", "p.m.", "o'clock", "kg", "tons",
        "tonnes", "dollars", "storey", "story", "floor", "floors", "storeys", "stories", "generations", "mm",
        "feet", "ft", "sq", "square", "degrees", "million", "billion", "homes", "houses", "buildings", "vehicles",
        "cars", "rockets", "missiles", "strikes", "airstrikes", "bombs", "shells", "targets", "villages", "drones",
        "tanks", "posts", "checkpoints", "APCs", "Humvees", "rounds", "mortars", "attacks", "positions",
        "guns", "rifles", "weapons", "mines", "explosives", "grenades", "motorcycles", "trucks", "boats", "tents", "shops",
        // Animals: "killing about 30 sheep".
        "sheep", "goats", "cattle", "cows", "camels", "livestock", "animals", "donkeys", "horses", "chickens", "head",
    ];

    /// <summary>Words that end the clause in which a figure's harm word is looked for.</summary>
    public static readonly string[] ClauseStops =
    [
        "when", "after", "while", "but", "because", "following", "during", "before", "since", "where", "which",
        "though", "although", "despite", "whereas", "killing", "wounding", "injuring", ";", ":", "in addition to",
    ];

    /// <summary>Words whose presence makes a sentence a candidate for casualty figures.</summary>
    public static readonly string[] Triggers =
    [
        "killed", "killing", "kills", "kill", "dead", "died", "die", "deaths", "death", "fatalities", "fatality",
        "perished", "martyred", "slain", "lives", "life", "executed", "beheaded", "massacred", "wounded", "wounding",
        "wounds", "injured", "injuring", "injures", "injuries", "injury", "hurt", "hurting", "maimed", "toll",
        "casualties", "casualty", "coded", "killings", "martyrs", "martyr", "deceased", "bodies", "corpses",
        "murdered", "murdering", "assassinated", "assassinating", "lynched", "gunned", "gunning", "slaughtered", "beheading",
        "stabbed", "hacked", "burned", "burnt", "beaten", "buried", "eliminated", "victims", "neutralised", "neutralized", "neutralising", "neutralizing", "lost", "paid", "embraced",
        "hospitalised", "hospitalized", "hell",
        // "They were named as Milad (60), his daughters …": the dead the sentence before told of, by name.
        "named", "identified",
    ];
}
