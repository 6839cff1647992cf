using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using HarmLedger.Linking;
using HarmLedger.Model;

namespace HarmLedger.Benchmarks;

/// <summary>Bulk linking of synthetic claims at three sizes, to show the growth is near-linear.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private List<Claim> _claims = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup() => _claims = SyntheticClaims.Generate(Claims, seed: 42).Claims;

    [Benchmark]
    public int Link() => new BlockingLinker(LinkingOptions.Default).Link(_claims).Length;
}
