namespace HarmLedger.Extraction;

/// <summary>Phrases that change how figures are read: bounds, breakdowns, tallies, negation, reporting.</summary>
internal static class CueLexicon
{
    /// <summary>Bounds before a figure.</summary>
    public static readonly (string Phrase, Bound Bound)[] Bounds =
    [
        ("at least", Bound.AtLeast), ("more than", Bound.MoreThan), ("over", Bound.AtLeast), ("upwards of", Bound.AtLeast),
        ("in excess of", Bound.AtLeast), ("no fewer than", Bound.AtLeast), ("no less than", Bound.AtLeast),
        ("a minimum of", Bound.AtLeast), ("a total of", Bound.None), ("at minimum", Bound.AtLeast),
        ("up to", Bound.AtMost), ("as many as", Bound.AtMost), ("at most", Bound.AtMost), ("fewer than", Bound.AtMost),
        ("less than", Bound.AtMost), ("nearly", Bound.Nearly), ("almost", Bound.Nearly), ("close to", Bound.Nearly),
        ("about", Bound.None), ("around", Bound.None), ("approximately", Bound.None), ("roughly", Bound.None),
        ("an estimated", Bound.None), ("some", Bound.None), ("estimated", Bound.None), ("between", Bound.Between),
        ("another", Bound.None), ("further", Bound.None), ("additional", Bound.None), ("an additional", Bound.None),
    ];

    /// <summary>Bounds after a figure ("4,000 at a minimum", "20 or more").</summary>
    public static readonly (string Phrase, Bound Bound)[] TrailingBounds =
    [
        (", at a minimum", Bound.AtLeast), ("at a minimum", Bound.AtLeast), ("at minimum", Bound.AtLeast),
        ("or more", Bound.AtLeast), ("at least", Bound.AtLeast), ("plus", Bound.AtLeast),
    ];

    /// <summary>Words that open a breakdown of a figure into finer categories.</summary>
    public static readonly string[] Breakdown =
    [
        "including", "among them", "among whom", "of whom", "of them", "incl", "among the dead", "among the killed",
        "among the victims", "among those killed", "among the fatalities", "comprising", "consisting of", "mostly",
        "among the injured", "among the wounded", "among those injured", "among those wounded",
        // "The dead included three women and a baby": the dead told before, now broken down.
        "dead included", "dead include", "victims included", "victims include", "killed included", "fatalities included",
        "casualties included", "casualties include", "injured included", "wounded included",
    ];

    /// <summary>Phrases that mark a cumulative count rather than one event's toll.</summary>
    public static readonly string[] Tally =
    [
        "has recorded", "have recorded", "has documented", "have documented", "has placed", "has counted",
        // Not "so far" alone: "6 martyrs so far" is one strike's toll still rising.
        "since the start", "since the beginning", "since the outbreak", "so far this year", "so far this month", "so far in", "to date",
        "killed in the conflict", "killed in the war", "killed during the conflict", "killed during the war",
        // Not "the toll has risen to": most often one attack's toll as the dead are counted.
        "in total", "cumulative", "overall toll",
        "total death toll", "since the war began", "since the conflict began", "this year", "since January",
        "since the war", "since the battle", "since the offensive", "since the campaign", "since the invasion", "since the escalation",
        "since October 7", "since 7 October", "since the 7th of October",
        "over the past", "over the last", "in the past week", "in the past month", "in the past year", "in the last week",
        "in the last month", "in the last year", "throughout the year", "during the year", "in the first half of",
        "months of the year", "half of the year", "quarter of the year",
        "over the same period", "during the same period", "in the same period",
    ];

    /// <summary>Phrases that open a different incident in the same text.</summary>
    public static readonly string[] NewIncident =
    [
        // "In another Facebook post" tells of another source, not another event: "another" must name the event.
        "in a separate", "separately", "another strike", "another attack", "another airstrike", "another air strike",
        "another incident", "another raid", "another bombing", "another drone strike", "another shelling", "another explosion",
        "a second strike", "a second attack", "a second airstrike", "a second incident", "a second raid",
        "in a similar incident", "elsewhere", "a separate strike", "a separate attack", "a separate airstrike",
        "a separate air strike", "a separate incident", "a separate raid", "a separate bombing", "a separate drone strike",
    ];

    /// <summary>Words by which a belligerent acknowledges a strike or harm.</summary>
    public static readonly string[] Acknowledgement =
    [
        "admitted", "acknowledged", "conceded", "confirmed that", "assessed", "said it struck", "said it had struck",
        "said it targeted", "claimed responsibility",
    ];

    /// <summary>Words that describe an attack or a fight even where no toll is given ("fired missiles on", "ambushed").</summary>
    public static readonly string[] Attack =
    [
        "attack", "attacks", "attacked", "ambushed", "fired on", "fired at", "fired missiles", "fired rockets", "fired mortars",
        "stormed", "exploded", "detonated", "blast", "explosion", "suffered casualties", "were targeted", "was targeted",
        "clashed", "clashes", "raided", "shelled", "bombed", "opened fire", "exchanged fire",
    ];

    /// <summary>Words of a text about no violence done: a protest, an arrest, a release.</summary>
    public static readonly string[] Peaceful =
    [
        "non-violent", "protest", "protests", "protested", "protesters", "demonstration", "demonstrators", "rally",
        "arrested", "detained", "freed", "released", "surrendered", "defused", "foiled",
    ];

    /// <summary>Words that deny any harm ("no one", "nobody") when a harm word follows closely.</summary>
    public static readonly string[] Negation =
        ["no", "nobody", "no one", "none", "without", "not cause", "not result in", "not lead to", "not leave any"];

    /// <summary>Words whose subject or object is a source ("X reported", "according to X").</summary>
    public static readonly string[] Reporting =
    [
        "reported", "said", "says", "say", "stated", "told", "documented", "recorded", "placed", "put", "estimated",
        "confirmed", "claimed", "announced", "added", "reports", "noted", "wrote",
    ];
}
