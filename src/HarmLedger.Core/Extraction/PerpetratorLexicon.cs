namespace HarmLedger.Extraction;

/// <summary>Aliases of belligerents and the normalised name each stands for; '=' marks a case-sensitive alias.</summary>
internal static class PerpetratorLexicon
{
    /// <summary>Alias to normalised name.</summary>
    public static readonly (string Alias, string Name)[] Aliases =
    [
        ("=US", "United States"), ("=U.S.", "United States"), ("=USA", "United States"), ("United States", "United States"),
        ("American", "United States"), ("Americans", "United States"), ("Pentagon", "United States"),
        ("US-led coalition", "United States"), ("US-led", "United States"), ("U.S.-led", "United States"),
        ("coalition", "United States"), ("CENTCOM", "United States"), ("AFRICOM", "United States"),
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
    ];
}
