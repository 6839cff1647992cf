using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Nouns that name victims, and the category each counts in.</summary>
/// <remarks>
/// People of unknown status ("people", "persons", "victims") count only in the total. Police and security
/// personnel count as combatants: in the wars these monitors cover they fight alongside the army (ACLED and
/// Airwars both keep them apart from civilians). Relatives and family members are people of unstated status:
/// they count in the total only, not as civilians, unless the text says civilians.
/// </remarks>
internal static class VictimLexicon
{
    /// <summary>Noun (plural or singular) to category.</summary>
    public static readonly (string Word, VictimCategory Category)[] Nouns =
    [
        ("people", VictimCategory.Total), ("persons", VictimCategory.Total), ("person", VictimCategory.Total),
        ("individuals", VictimCategory.Total), ("individual", VictimCategory.Total), ("victims", VictimCategory.Total),
        ("victim", VictimCategory.Total), ("others", VictimCategory.Total), ("more", VictimCategory.Total),
        ("bodies", VictimCategory.Total), ("members", VictimCategory.Total), ("member", VictimCategory.Total),
        ("passengers", VictimCategory.Total), ("passenger", VictimCategory.Total),
        ("workers", VictimCategory.Civilians), ("worker", VictimCategory.Civilians), ("employees", VictimCategory.Civilians),
        ("employee", VictimCategory.Civilians), ("staff", VictimCategory.Civilians), ("nurses", VictimCategory.Civilians),
        ("nurse", VictimCategory.Civilians), ("patients", VictimCategory.Civilians), ("patient", VictimCategory.Civilians),
        ("civilians", VictimCategory.Civilians), ("civilian", VictimCategory.Civilians),
        ("residents", VictimCategory.Civilians), ("resident", VictimCategory.Civilians),
        ("villagers", VictimCategory.Civilians), ("villager", VictimCategory.Civilians),
        ("relatives", VictimCategory.Total), ("relative", VictimCategory.Total),
        ("family", VictimCategory.Total), ("families", VictimCategory.Total),
        ("journalists", VictimCategory.Civilians), ("journalist", VictimCategory.Civilians),
        ("paramedics", VictimCategory.Civilians), ("paramedic", VictimCategory.Civilians),
        ("medics", VictimCategory.Civilians), ("medic", VictimCategory.Civilians),
        ("doctors", VictimCategory.Civilians), ("doctor", VictimCategory.Civilians),
        ("farmers", VictimCategory.Civilians), ("farmer", VictimCategory.Civilians),
        ("students", VictimCategory.Civilians), ("student", VictimCategory.Civilians),
        ("worshippers", VictimCategory.Civilians), ("worshipers", VictimCategory.Civilians),
        ("shepherds", VictimCategory.Civilians), ("shepherd", VictimCategory.Civilians),
        ("displaced", VictimCategory.Civilians), ("teachers", VictimCategory.Civilians), ("teacher", VictimCategory.Civilians),
        ("citizens", VictimCategory.Total), ("citizen", VictimCategory.Total), ("tourists", VictimCategory.Civilians),
        ("tourist", VictimCategory.Civilians), ("pilgrims", VictimCategory.Civilians), ("pilgrim", VictimCategory.Civilians),
        ("shoppers", VictimCategory.Civilians), ("fishermen", VictimCategory.Civilians), ("fisherman", VictimCategory.Civilians),
        ("protesters", VictimCategory.Civilians), ("protester", VictimCategory.Civilians), ("demonstrators", VictimCategory.Civilians),
        ("demonstrator", VictimCategory.Civilians), ("mourners", VictimCategory.Civilians), ("refugees", VictimCategory.Civilians),
        ("refugee", VictimCategory.Civilians), ("migrants", VictimCategory.Civilians), ("migrant", VictimCategory.Civilians),
        ("inhabitants", VictimCategory.Civilians), ("firefighters", VictimCategory.Civilians), ("rescuers", VictimCategory.Civilians),
        ("labourers", VictimCategory.Civilians), ("laborers", VictimCategory.Civilians), ("vendors", VictimCategory.Civilians),
        ("nationals", VictimCategory.Total), ("national", VictimCategory.Total), ("adults", VictimCategory.Total),
        ("guests", VictimCategory.Total), ("volunteers", VictimCategory.Total),
        ("pupils", VictimCategory.Children), ("schoolchildren", VictimCategory.Children), ("schoolboys", VictimCategory.Children),
        ("schoolgirls", VictimCategory.Children),
        ("children", VictimCategory.Children), ("child", VictimCategory.Children), ("kids", VictimCategory.Children),
        ("boys", VictimCategory.Children), ("boy", VictimCategory.Children), ("girls", VictimCategory.Children),
        ("girl", VictimCategory.Children), ("infants", VictimCategory.Children), ("infant", VictimCategory.Children),
        ("babies", VictimCategory.Children), ("baby", VictimCategory.Children), ("toddlers", VictimCategory.Children),
        ("toddler", VictimCategory.Children), ("minors", VictimCategory.Children), ("minor", VictimCategory.Children),
        ("newborn", VictimCategory.Children), ("newborns", VictimCategory.Children),
        ("women", VictimCategory.Women), ("woman", VictimCategory.Women),
        ("men", VictimCategory.Men), ("man", VictimCategory.Men),
        ("militants", VictimCategory.Combatants), ("militant", VictimCategory.Combatants),
        ("fighters", VictimCategory.Combatants), ("fighter", VictimCategory.Combatants),
        ("insurgents", VictimCategory.Combatants), ("insurgent", VictimCategory.Combatants),
        ("soldiers", VictimCategory.Combatants), ("soldier", VictimCategory.Combatants),
        ("troops", VictimCategory.Combatants), ("guards", VictimCategory.Combatants), ("guard", VictimCategory.Combatants),
        ("police", VictimCategory.Combatants), ("policemen", VictimCategory.Combatants), ("policeman", VictimCategory.Combatants),
        ("policemen", VictimCategory.Combatants), ("officers", VictimCategory.Combatants), ("officer", VictimCategory.Combatants),
        ("personnel", VictimCategory.Combatants), ("commanders", VictimCategory.Combatants),
        ("commander", VictimCategory.Combatants), ("gunmen", VictimCategory.Combatants), ("gunman", VictimCategory.Combatants),
        ("attackers", VictimCategory.Combatants), ("attacker", VictimCategory.Combatants),
        ("jihadists", VictimCategory.Combatants), ("jihadist", VictimCategory.Combatants),
        ("rebels", VictimCategory.Combatants), ("rebel", VictimCategory.Combatants),
        ("operatives", VictimCategory.Combatants), ("operative", VictimCategory.Combatants),
        ("combatants", VictimCategory.Combatants), ("combatant", VictimCategory.Combatants),
        ("Taliban", VictimCategory.Combatants), ("militiamen", VictimCategory.Combatants),
        ("bombers", VictimCategory.Combatants), ("bomber", VictimCategory.Combatants),
        ("Arbaki", VictimCategory.Combatants), ("Arbakis", VictimCategory.Combatants), ("ANDSF", VictimCategory.Combatants),
        ("bodyguards", VictimCategory.Combatants), ("bodyguard", VictimCategory.Combatants), ("commandos", VictimCategory.Combatants),
        ("commando", VictimCategory.Combatants), ("militia", VictimCategory.Combatants), ("militias", VictimCategory.Combatants),
        ("wife", VictimCategory.Women), ("wives", VictimCategory.Women), ("mother", VictimCategory.Women), ("mothers", VictimCategory.Women),
        ("sister", VictimCategory.Women), ("sisters", VictimCategory.Women), ("grandmother", VictimCategory.Women),
        ("aunt", VictimCategory.Women), ("husband", VictimCategory.Men), ("father", VictimCategory.Men), ("fathers", VictimCategory.Men),
        ("brother", VictimCategory.Men), ("brothers", VictimCategory.Men), ("grandfather", VictimCategory.Men), ("uncle", VictimCategory.Men),
        ("son", VictimCategory.Total), ("sons", VictimCategory.Total), ("daughter", VictimCategory.Total),
        ("daughters", VictimCategory.Total), ("grandson", VictimCategory.Total), ("grandsons", VictimCategory.Total),
        ("granddaughter", VictimCategory.Total), ("grandchildren", VictimCategory.Children), ("grandchild", VictimCategory.Children),
        ("nephew", VictimCategory.Total), ("niece", VictimCategory.Total), ("cousin", VictimCategory.Total),
        ("siblings", VictimCategory.Total), ("elder", VictimCategory.Total), ("elders", VictimCategory.Total),
    ];
}
