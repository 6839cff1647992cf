namespace HarmLedger.Extraction;

/// <summary>Words for weapons and attack types, and the normalised name each stands for.</summary>
internal static class WeaponLexicon
{
    /// <summary>Phrase to normalised weapon.</summary>
    public static readonly (string Phrase, string Weapon)[] Phrases =
    [
        ("air strike", "airstrike"), ("air strikes", "airstrike"), ("airstrike", "airstrike"), ("airstrikes", "airstrike"),
        ("air raid", "airstrike"), ("air raids", "airstrike"), ("warplane", "airstrike"), ("warplanes", "airstrike"),
        ("fighter jet", "airstrike"), ("fighter jets", "airstrike"), ("jets", "airstrike"), ("aircraft", "airstrike"),
        ("bombing", "airstrike"), ("bombings", "airstrike"), ("bombed", "airstrike"), ("bombardment", "airstrike"),
        ("air attack", "airstrike"), ("helicopter", "airstrike"), ("helicopters", "airstrike"), ("bombs", "airstrike"),
        ("drone strike", "drone strike"), ("drone strikes", "drone strike"), ("drone", "drone strike"),
        ("drones", "drone strike"), ("UAV", "drone strike"),
        ("shelling", "shelling"), ("shelled", "shelling"), ("shells", "shelling"), ("shell", "shelling"),
        ("tank fire", "shelling"), ("mortar", "mortar"), ("mortars", "mortar"),
        ("artillery", "artillery"), ("rocket", "rocket"), ("rockets", "rocket"), ("RPG", "rocket"),
        ("missile", "missile"), ("missiles", "missile"), ("=HIMARS", "HIMARS"),
        ("=IED", "IED"), ("IEDs", "IED"), ("roadside bomb", "IED"), ("explosive device", "IED"),
        ("landmine", "landmine"), ("land mine", "landmine"), ("mine", "landmine"), ("magnetic bomb", "IED"),
        ("sticky bomb", "IED"), ("car bomb", "car bomb"), ("suicide bomber", "suicide bombing"),
        ("suicide attack", "suicide bombing"), ("suicide bombing", "suicide bombing"),
        ("gunfire", "gunfire"), ("gunmen", "gunfire"), ("shot", "gunfire"), ("shooting", "gunfire"),
        ("sniper", "gunfire"), ("snipers", "gunfire"), ("gunshot", "gunfire"), ("opened fire", "gunfire"),
        ("grenade", "grenade"), ("grenades", "grenade"), ("clashes", "armed clash"), ("clash", "armed clash"),
        ("ambush", "armed clash"), ("strike", "strike"), ("strikes", "strike"),
    ];
}
