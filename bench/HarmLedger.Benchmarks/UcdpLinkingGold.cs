using HarmLedger.Ingestion.Datasets;
using HarmLedger.Linking;
using HarmLedger.Model;

namespace HarmLedger.Benchmarks;

/// <summary>
/// A linking gold set made from real events: every UCDP GED event is retold as one to three reports the way
/// different outlets would (a day off, a nearby point or only the province, no perpetrator named, other
/// figures). The truth is the UCDP event id; real events that share a day and a city (Baghdad's car bombs,
/// Mosul's battle days) are the hard negatives.
/// </summary>
internal static class UcdpLinkingGold
{
    public static int Run(string path, int seed)
    {
        using var file = File.OpenText(path);
        var events = new UcdpGedReader().Read(file).OfType<DatasetRow>().ToList();
        var random = new Random(seed);
        var reports = new List<(Claim Claim, int Event, long Document)>();
        for (var e = 0; e < events.Count; e++)
        {
            var copies = 1 + random.Next(3);
            for (var c = 0; c < copies; c++)
            {
                // The UCDP rows share one document (the dataset); every retelling is a report of its own.
                reports.Add((Retell(events[e].Claim, random, first: c == 0), e, c == 0 ? 0 : reports.Count + 1));
            }
        }

        // Reports arrive in date order, in no particular order within a day.
        var ordered = reports.OrderBy(r => r.Claim.Date.Start).ThenBy(_ => random.Next()).ToList();
        var incidents = new BlockingLinker(LinkingOptions.Default).Link([.. ordered.Select(r => r.Claim)], [.. ordered.Select(r => r.Document)]);
        var (precision, recall) = PairwiseQuality.Measure(incidents, [.. ordered.Select(r => r.Event)]);
        var f1 = 2 * precision * recall / (precision + recall);
        Console.WriteLine($"UCDP linking gold: {events.Count:N0} events retold as {reports.Count:N0} reports → {incidents.Distinct().Count():N0} incidents");
        Console.WriteLine($"pairwise precision {precision:0.000}, recall {recall:0.000}, F1 {f1:0.000} (seed {seed})");
        return 0;
    }

    private static Claim Retell(Claim claim, Random random, bool first)
    {
        if (first)
        {
            return claim;
        }

        var date = claim.Date;
        if (date.Precision == DatePrecision.Day && random.Next(10) < 3)
        {
            // Published the next day, and the event put on the day of publication.
            date = DateSpan.Day(date.Start!.Value.AddDays(1));
        }

        var place = claim.Place;
        if (place is not null && random.Next(10) < 2)
        {
            place = place with { Precision = PlacePrecision.Province, Lat = place.Lat + Jitter(random, 0.3), Lon = place.Lon + Jitter(random, 0.3) };
        }
        else if (place is not null)
        {
            place = place with { Lat = place.Lat + Jitter(random, 0.04), Lon = place.Lon + Jitter(random, 0.04) };
        }

        var perpetrator = random.Next(5) == 0 ? null : claim.Perpetrator;
        return claim with { Date = date, Place = place, Perpetrator = perpetrator, Killed = Recount(claim.Killed, random) };
    }

    /// <summary>Three reports in ten give another toll: an early count at half, a later one at up to twice, or "at least".</summary>
    private static Figures? Recount(Figures? killed, Random random)
    {
        if (killed?[VictimCategory.Total] is not FigureRange total || random.Next(10) >= 3)
        {
            return killed;
        }

        var factor = 0.5 + (random.NextDouble() * 1.5);
        var min = (int)Math.Round(total.Min * factor);
        return Figures.Of((VictimCategory.Total, random.Next(2) == 0 ? FigureRange.AtLeast(min) : FigureRange.Exactly(min)));
    }

    private static double Jitter(Random random, double degrees) => (random.NextDouble() - 0.5) * degrees;
}
