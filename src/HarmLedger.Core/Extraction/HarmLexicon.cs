namespace HarmLedger.Extraction;

/// <summary>Words for killing and injuring, by how they attach to a figure.</summary>
internal static class HarmLexicon
{
    /// <summary>Words that follow their victims ("12 soldiers were killed", "3 dead").</summary>
    public static readonly (string Phrase, HarmKind Harm)[] After =
    [
        ("killed", HarmKind.Killed), ("dead", HarmKind.Killed), ("died", HarmKind.Killed), ("die", HarmKind.Killed),
        ("perished", HarmKind.Killed), ("martyred", HarmKind.Killed), ("slain", HarmKind.Killed),
        ("lost their lives", HarmKind.Killed), ("lost his life", HarmKind.Killed), ("lost her life", HarmKind.Killed),
        ("deaths", HarmKind.Killed), ("death", HarmKind.Killed), ("martyrs", HarmKind.Killed), ("martyr", HarmKind.Killed), ("fatalities", HarmKind.Killed), ("fatality", HarmKind.Killed),
        ("executed", HarmKind.Killed), ("beheaded", HarmKind.Killed), ("shot dead", HarmKind.Killed),
        ("murdered", HarmKind.Killed), ("assassinated", HarmKind.Killed), ("lynched", HarmKind.Killed), ("gunned down", HarmKind.Killed),
        ("stabbed to death", HarmKind.Killed), ("hacked to death", HarmKind.Killed), ("burned to death", HarmKind.Killed),
        ("burnt to death", HarmKind.Killed), ("beaten to death", HarmKind.Killed), ("neutralised", HarmKind.Killed),
        ("neutralized", HarmKind.Killed), ("eliminated", HarmKind.Killed), ("among the victims", HarmKind.Killed), ("among the deceased", HarmKind.Killed),
        // Armies' words for their own dead: "two soldiers paid the supreme price", "embraced shahadat".
        ("paid the supreme price", HarmKind.Killed), ("paid the ultimate price", HarmKind.Killed),
        ("embraced shahadat", HarmKind.Killed), ("embraced martyrdom", HarmKind.Killed),
        // … and for the enemy's: "six terrorists were sent to hell".
        ("sent to hell", HarmKind.Killed),
        ("wounded", HarmKind.Injured), ("injured", HarmKind.Injured), ("hurt", HarmKind.Injured),
        ("injuries", HarmKind.Injured), ("maimed", HarmKind.Injured), ("wounds", HarmKind.Injured),
        ("sustained injuries", HarmKind.Injured), ("suffered injuries", HarmKind.Injured),
        ("hospitalised", HarmKind.Injured), ("hospitalized", HarmKind.Injured),
    ];

    /// <summary>Words that precede their victims ("killing 3 civilians", "the deaths of two guards").</summary>
    public static readonly (string Phrase, HarmKind Harm)[] Before =
    [
        ("killed", HarmKind.Killed), ("killing", HarmKind.Killed), ("kills", HarmKind.Killed), ("kill", HarmKind.Killed),
        ("killing of", HarmKind.Killed), ("killings of", HarmKind.Killed), ("death of", HarmKind.Killed),
        ("deaths of", HarmKind.Killed), ("claimed the lives of", HarmKind.Killed), ("claiming the lives of", HarmKind.Killed),
        ("took the lives of", HarmKind.Killed), ("bodies of", HarmKind.Killed), ("corpses of", HarmKind.Killed), ("executed", HarmKind.Killed), ("executing", HarmKind.Killed),
        ("massacred", HarmKind.Killed), ("shot dead", HarmKind.Killed), ("shooting dead", HarmKind.Killed),
        ("beheaded", HarmKind.Killed), ("beheading", HarmKind.Killed), ("murdered", HarmKind.Killed), ("murdering", HarmKind.Killed),
        ("assassinated", HarmKind.Killed), ("assassinating", HarmKind.Killed), ("lynched", HarmKind.Killed),
        ("gunned down", HarmKind.Killed), ("gunning down", HarmKind.Killed), ("slaughtered", HarmKind.Killed),
        ("neutralised", HarmKind.Killed), ("neutralized", HarmKind.Killed), ("neutralising", HarmKind.Killed),
        ("neutralizing", HarmKind.Killed), ("eliminated", HarmKind.Killed), ("eliminating", HarmKind.Killed),
        // "hacking to death 7 civilians", "stabbed to death two farmers".
        ("hacked to death", HarmKind.Killed), ("hacking to death", HarmKind.Killed), ("stabbed to death", HarmKind.Killed),
        ("stabbing to death", HarmKind.Killed), ("beat to death", HarmKind.Killed), ("beating to death", HarmKind.Killed),
        ("burned to death", HarmKind.Killed), ("burning to death", HarmKind.Killed), ("beaten to death", HarmKind.Killed),
        // "Relatives buried Umm Ahmad, 40, and three of her sons": the people buried are dead.
        ("buried", HarmKind.Killed),
        ("wounded", HarmKind.Injured), ("wounding", HarmKind.Injured), ("wounds", HarmKind.Injured),
        ("injured", HarmKind.Injured), ("injuring", HarmKind.Injured), ("injures", HarmKind.Injured),
        ("hurt", HarmKind.Injured), ("hurting", HarmKind.Injured), ("injury of", HarmKind.Injured),
        ("injuries of", HarmKind.Injured), ("injuries to", HarmKind.Injured),
    ];

    /// <summary>Words allowed between a figure's noun and a following harm word ("were reportedly killed").</summary>
    public static readonly string[] Auxiliaries =
    [
        "were", "was", "are", "is", "been", "have", "has", "had", "being", "be", "reportedly", "allegedly", "also",
        "all", "both", "later", "were", "confirmed", "reported", "got", "left", "found", "and", "or", "subsequently",
        "had", "instantly", "immediately", "seriously", "critically", "severely", "slightly", "fatally", "mortally",
    ];
}
