using System.Diagnostics;
using BenchmarkDotNet.Running;
using HarmLedger.Benchmarks;
using HarmLedger.Linking;

// `linking-growth` is a quick stopwatch check of the same work; everything else goes to BenchmarkDotNet.
if (args is ["linking-growth", ..])
{
    foreach (var n in new[] { 10_000, 100_000, 1_000_000 })
    {
        var (claims, events) = SyntheticClaims.Generate(n, seed: 42);
        var watch = Stopwatch.StartNew();
        var incidents = new BlockingLinker(LinkingOptions.Default).Link(claims);
        watch.Stop();
        var (precision, recall) = PairwiseQuality.Measure(incidents, events);
        Console.WriteLine($"{n,9:N0} claims: {watch.Elapsed.TotalSeconds,7:0.00} s, {n / watch.Elapsed.TotalSeconds,10:N0} claims/s, " +
                          $"{incidents.Distinct().Count():N0} incidents; pairwise precision {precision:0.000}, recall {recall:0.000}");
    }

    return 0;
}

if (args is ["extraction-throughput", ..])
{
    // Single-threaded extractor throughput on 20 MB of made-up news, after a warm-up.
    var places = HarmLedger.Gazetteer.GazetteerResolver.LoadBundled();
    var extractor = new HarmLedger.Extraction.RuleBasedExtractor(places, HarmLedger.Extraction.ExtractionOptions.Default);
    var documents = NewsCorpus.Documents(5000, 4000, seed: 7);
    foreach (var text in documents.Take(500))
    {
        extractor.Extract(text, new DateOnly(2020, 3, 3), null);
    }

    var watch = Stopwatch.StartNew();
    var chars = 0L;
    foreach (var text in documents)
    {
        extractor.Extract(text, new DateOnly(2020, 3, 3), null);
        chars += text.Length;
    }

    Console.WriteLine($"extraction, one thread: {chars / watch.Elapsed.TotalSeconds / 1e6:0.0} M chars/s ({chars / 1e6:0} M chars in {watch.Elapsed.TotalSeconds:0.00} s)");
    return 0;
}

if (args is ["batch-breakdown", var jsonl, ..])
{
    // Where one thread's time goes in extract --batch: reading the JSON, extracting, writing the result.
    var places = HarmLedger.Gazetteer.GazetteerResolver.LoadBundled();
    var extractor = new HarmLedger.Extraction.RuleBasedExtractor(places, HarmLedger.Extraction.ExtractionOptions.Default);
    var lines = File.ReadLines(jsonl).Take(20_000).ToList();
    var parse = new Stopwatch();
    var extract = new Stopwatch();
    var find = new Stopwatch();
    var chars = 0L;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var paused = GC.GetTotalPauseDuration();
    var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var all = Stopwatch.StartNew();
    foreach (var line in lines)
    {
        parse.Start();
        using var doc = System.Text.Json.JsonDocument.Parse(line);
        var text = doc.RootElement.GetProperty("text").GetString()!;
        parse.Stop();
        find.Start();
        places.FindPlaces(text);
        find.Stop();
        extract.Start();
        extractor.Extract(text, new DateOnly(2020, 3, 3), null);
        extract.Stop();
        chars += text.Length;
    }

    all.Stop();
    Console.WriteLine($"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (chars / 1e6) / 1e6:0.0} MB per M chars; " +
                      $"GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / all.Elapsed.TotalMilliseconds:P0} of the time; " +
                      $"collections gen0 {GC.CollectionCount(0) - collections.Item1}, gen1 {GC.CollectionCount(1) - collections.Item2}, gen2 {GC.CollectionCount(2) - collections.Item3}");
    foreach (var size in new[] { 50, 500, 2000, 8000 })
    {
        var sample = lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Where(t => t.Length >= size && t.Length < size * 4).Take(300).ToList();
        var w = Stopwatch.StartNew();
        foreach (var t in sample)
        {
            extractor.Extract(t, new DateOnly(2020, 3, 3), null);
        }

        Console.WriteLine($"texts {size}-{size * 4} chars: {sample.Count} docs, {sample.Sum(t => (long)t.Length) / w.Elapsed.TotalSeconds / 1e6:0.0} M chars/s");
    }

    Console.WriteLine($"{chars / 1e6:0.0} M chars: parse {chars / parse.Elapsed.TotalSeconds / 1e6:0.0} M/s, " +
                      $"gazetteer {chars / find.Elapsed.TotalSeconds / 1e6:0.0} M/s, extract (with gazetteer) {chars / extract.Elapsed.TotalSeconds / 1e6:0.0} M/s");
    return 0;
}

if (args is ["slowest", var file, ..])
{
    // The documents the extractor spends most time on per character: where a super-linear rule would show.
    var places = HarmLedger.Gazetteer.GazetteerResolver.LoadBundled();
    var extractor = new HarmLedger.Extraction.RuleBasedExtractor(places, HarmLedger.Extraction.ExtractionOptions.Default);
    var docs = File.ReadLines(file).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
        .Select(r => (Id: r.GetProperty("id").GetString()!, Text: r.GetProperty("text").GetString()!)).ToList();
    for (var pass = 0; pass < 3; pass++)
    {
        foreach (var (_, text) in docs)
        {
            extractor.Extract(text, new DateOnly(2020, 3, 3), null);
        }
    }

    var timed = new List<(string Id, int Chars, double Ms)>();
    foreach (var (id, text) in docs)
    {
        var w = Stopwatch.StartNew();
        extractor.Extract(text, new DateOnly(2020, 3, 3), null);
        timed.Add((id, text.Length, w.Elapsed.TotalMilliseconds));
    }

    Console.WriteLine($"all: {timed.Sum(t => (long)t.Chars) / timed.Sum(t => t.Ms) / 1e3:0.0} M chars/s");
    foreach (var (id, n, ms) in timed.OrderByDescending(t => t.Ms).Take(15))
    {
        Console.WriteLine($"{id,-30} {n,7} chars {ms,8:0.00} ms {n / ms / 1e3,6:0.0} M chars/s");
    }

    return 0;
}

if (args is ["link-quality", var gold, ..])
{
    return UcdpLinkingGold.Run(gold, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
}

BenchmarkSwitcher.FromAssembly(typeof(LinkingBenchmarks).Assembly).Run(args);
return 0;
