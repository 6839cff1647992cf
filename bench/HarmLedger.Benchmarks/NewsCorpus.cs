using System.Text;

namespace HarmLedger.Benchmarks;

/// <summary>A made-up news corpus for throughput: casualty reports among ordinary political and economic prose.</summary>
internal static class NewsCorpus
{
    private static readonly string[] Sentences =
    [
        "A US-led coalition air strike early Monday killed at least 12 civilians, including four children, in the town of Mayadin in Deir ez-Zor province, local activists said.",
        "The Syrian Observatory for Human Rights said it had recorded more than 1,900 civilians killed by coalition strikes since the campaign began.",
        "Parliament debated the budget for a third day on Tuesday as ministers argued over fuel subsidies and the price of bread.",
        "Rescue workers pulled the bodies of two women and a man from the rubble of a house in Khan Younis after an Israeli strike overnight, the health ministry said.",
        "The central bank kept interest rates unchanged and said inflation would ease in the second half of the year.",
        "Three Taliban fighters were killed and five wounded when Afghan forces repelled an attack on a checkpoint in Kunduz province on Saturday.",
        "Nobody was hurt when a rocket landed in an empty field near the border, officials said.",
        "The football club announced the signing of a new striker on a three-year contract worth millions.",
        "Between 20 and 30 people were killed in shelling on a market in eastern Aleppo, according to a doctor at a field hospital.",
        "Diplomats met in Geneva to discuss a ceasefire, but the talks ended without agreement late on Thursday.",
        "A drone strike on a car near Marib killed four suspected militants, a local official told reporters.",
        "Heavy rain flooded several neighbourhoods of the capital and closed schools for two days.",
    ];

    /// <summary>Documents of about <paramref name="charsEach"/> characters each built from the sentences, in a fixed order per seed.</summary>
    public static List<string> Documents(int count, int charsEach, int seed)
    {
        var random = new Random(seed);
        var documents = new List<string>(count);
        for (var d = 0; d < count; d++)
        {
            var text = new StringBuilder(charsEach + 256);
            while (text.Length < charsEach)
            {
                text.Append(Sentences[random.Next(Sentences.Length)]).Append(random.Next(4) == 0 ? "\n\n" : " ");
            }

            documents.Add(text.ToString());
        }

        return documents;
    }
}
