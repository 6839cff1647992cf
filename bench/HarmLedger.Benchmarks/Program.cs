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

BenchmarkSwitcher.FromAssembly(typeof(LinkingBenchmarks).Assembly).Run(args);
return 0;
