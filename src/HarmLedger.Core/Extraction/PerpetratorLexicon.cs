using HarmLedger.Gazetteer;

namespace HarmLedger.Extraction;

/// <summary>Aliases of belligerents and the normalised name each stands for; '=' marks a case-sensitive alias.</summary>
internal static class PerpetratorLexicon
{
    // What a country's forces or attacks are called after its demonym: "Sudanese army", "Azerbaijani shelling".
    private static readonly string[] ForceNouns =
    [
        "army", "forces", "armed forces", "security forces", "special forces", "government forces", "military", "troops",
        "soldiers", "navy", "air force", "police", "jets", "warplanes", "aircraft", "helicopters", "drones", "drone",
        "artillery", "shelling", "airstrike", "airstrikes", "air strike", "air strikes", "drone strike", "drone strikes",
        "strike", "strikes", "bombardment", "missiles", "rockets",
    ];

    /// <summary>
    /// The aliases above, and for every other country in the bundled table its demonym before a word for its forces
    /// or attacks ("Nigerian troops", "Azerbaijani shelling"), named for the country. A demonym alone is no
    /// belligerent: "Syrian refugees", "Nigerian villagers" are victims.
    /// </summary>
    public static IEnumerable<(string Alias, string Name)> WithCountries(IEnumerable<CountryEntry> countries) =>
        WithCountriesAsWritten(countries).SelectMany(WithPossessive);

    // "Israel's military", "the coalition's assessment team": a possessive ending stays on its word (see Tokenizer), so
    // each alias is also written with it. (Not after an s: "the Houthis' drones" is rare and ends in a bare apostrophe.)
    private static IEnumerable<(string Alias, string Name)> WithPossessive((string Alias, string Name) alias) =>
        alias.Alias.EndsWith('s') || alias.Alias.EndsWith('.')
            ? [alias]
            : [alias, (alias.Alias + "'s", alias.Name), (alias.Alias + "’s", alias.Name)];

    private static IEnumerable<(string Alias, string Name)> WithCountriesAsWritten(IEnumerable<CountryEntry> countries)
    {
        var curated = new HashSet<string>(Aliases.Select(a => a.Alias.TrimStart('=')), StringComparer.OrdinalIgnoreCase);
        foreach (var alias in Aliases)
        {
            yield return alias;
        }

        foreach (var country in countries)
        {
            // The country's own name will do too: "Myanmar military", "Sudan army".
            foreach (var demonym in country.AlternateNames.Append(country.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                // One Latin word, and not a plural ("Nigerians") nor a demonym the list above already names forces
                // by ("Afghan army" is "Afghan forces", so "Afghan jets" must not be "Afghanistan").
                if (demonym.Contains(' ') || !char.IsAsciiLetterUpper(demonym[0]) ||
                    (demonym.EndsWith('s') && !demonym.EndsWith("ese", StringComparison.Ordinal)) ||
                    curated.Any(a => a.Equals(demonym, StringComparison.OrdinalIgnoreCase) ||
                                     a.StartsWith(demonym + " ", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                foreach (var noun in ForceNouns)
                {
                    yield return (demonym + " " + noun, country.Name);
                }
            }
        }
    }

    /// <summary>Alias to normalised name.</summary>
    public static readonly (string Alias, string Name)[] Aliases =
    [
        ("=US", "United States"), ("=U.S.", "United States"), ("=USA", "United States"), ("United States", "United States"),
        ("American", "United States"), ("Americans", "United States"), ("Pentagon", "United States"),
        ("US-led coalition", "United States"), ("US-led", "United States"), ("U.S.-led", "United States"),
        ("coalition", "United States"), ("CENTCOM", "United States"), ("AFRICOM", "United States"),
        ("=CJTF-OIR", "United States"), ("=NATO", "NATO"), ("=ISAF", "NATO"),
        ("Russia", "Russia"), ("Russian", "Russia"), ("Russians", "Russia"),
        ("Israel", "Israel"), ("Israeli", "Israel"), ("Israelis", "Israel"), ("=IDF", "Israel"),
        ("Israel Defense Forces", "Israel"), ("Israeli Defense Forces", "Israel"),
        ("Syrian government", "Syrian government"), ("Syrian regime", "Syrian government"),
        ("Assad regime", "Syrian government"), ("Assad government", "Syrian government"),
        ("regime forces", "Syrian government"), ("Syrian army", "Syrian government"),
        ("Turkey", "Turkey"), ("Turkish", "Turkey"), ("Türkiye", "Turkey"),
        ("Taliban", "Taliban"),
        ("Islamic State", "Islamic State"), ("=ISIS", "Islamic State"), ("=ISIL", "Islamic State"),
        ("=IS", "Islamic State"), ("Daesh", "Islamic State"), ("Daish", "Islamic State"),
        ("Afghan forces", "Afghan forces"), ("Afghan security forces", "Afghan forces"), ("Afghan army", "Afghan forces"),
        ("Afghan military", "Afghan forces"), ("Afghan Air Force", "Afghan forces"), ("=ANDSF", "Afghan forces"),
        ("=ANA", "Afghan forces"), ("=NDS", "Afghan forces"), ("Afghan special forces", "Afghan forces"),
        ("Afghan soldiers", "Afghan forces"), ("Afghan police", "Afghan forces"), ("Afghan commandos", "Afghan forces"),
        ("Afghan commando forces", "Afghan forces"), ("Afghan commando", "Afghan forces"),
        ("Hamas", "Hamas"), ("Hezbollah", "Hezbollah"), ("Houthi", "Houthis"), ("Houthis", "Houthis"),
        ("Saudi-led coalition", "Saudi-led coalition"), ("Saudi", "Saudi-led coalition"),
        ("al-Shabaab", "al-Shabaab"), ("al Shabaab", "al-Shabaab"), ("Boko Haram", "Boko Haram"),
        ("Ukrainian", "Ukraine"), ("Ukraine", "Ukraine"), ("=SDF", "Syrian Democratic Forces"),
        ("=YPG", "Syrian Democratic Forces"), ("Pakistani", "Pakistan"), ("Pakistan", "Pakistan"),
        ("Iraqi", "Iraq"), ("Iranian", "Iran"), ("British", "United Kingdom"), ("French", "France"),
        // Armed groups named in other wars' reporting (ACLED and UN usage).
        ("Rapid Support Forces", "Rapid Support Forces"), ("=RSF", "Rapid Support Forces"), ("Ansar Allah", "Houthis"),
        ("=JNIM", "JNIM"), ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"), ("Jamaat Nusrat al-Islam wal-Muslimin", "JNIM"),
        ("=ISWAP", "ISWAP"), ("Islamic State West Africa Province", "ISWAP"), ("=M23", "M23"), ("March 23 Movement", "M23"),
        ("Wagner Group", "Wagner Group"), ("Wagner mercenaries", "Wagner Group"), ("Wagner fighters", "Wagner Group"),
        ("Arakan Army", "Arakan Army"), ("Tatmadaw", "Myanmar"), ("=PKK", "PKK"), ("Kurdistan Workers' Party", "PKK"),
        ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"), ("=HTS", "Hayat Tahrir al-Sham"), ("al-Qaeda", "al-Qaeda"),
        ("al Qaeda", "al-Qaeda"), ("=AQAP", "al-Qaeda"), ("Allied Democratic Forces", "ADF"), ("=ADF", "ADF"),
        ("Palestinian Islamic Jihad", "Palestinian Islamic Jihad"), ("Islamic Jihad", "Palestinian Islamic Jihad"),
        ("Tigray People's Liberation Front", "TPLF"), ("=TPLF", "TPLF"),
        ("=PMF", "Popular Mobilization Forces"), ("Popular Mobilization Forces", "Popular Mobilization Forces"),
        ("Popular Mobilisation Forces", "Popular Mobilization Forces"), ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("=ISKP", "Islamic State"), ("Islamic State Khorasan Province", "Islamic State"), ("=CODECO", "CODECO"),
        ("=TTP", "Tehrik-i-Taliban Pakistan"), ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"), ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
        ("=ELN", "ELN"), ("National Liberation Army", "ELN"),
    ];
}
