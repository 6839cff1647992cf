using BenchmarkDotNet.Attributes;
using HarmLedger.Extraction;
using HarmLedger.Gazetteer;

namespace HarmLedger.Benchmarks;

/// <summary>Extraction throughput on one core: 1 MB of made-up news per operation (see the MB/s column derived from it).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int Documents = 250;
    private const int CharsEach = 4000;

    private List<string> _documents = [];
    private RuleBasedExtractor _extractor = null!;
    private GazetteerResolver _places = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = NewsCorpus.Documents(Documents, CharsEach, seed: 7);
        _places = GazetteerResolver.LoadBundled();
        _extractor = new RuleBasedExtractor(_places, ExtractionOptions.Default);
    }

    /// <summary>Gazetteer scan alone, the baseline the extractor builds on.</summary>
    [Benchmark(Baseline = true)]
    public int FindPlaces()
    {
        var found = 0;
        foreach (var text in _documents)
        {
            found += _places.FindPlaces(text).Count;
        }

        return found;
    }

    /// <summary>The whole extractor on the same megabyte.</summary>
    [Benchmark]
    public int Extract()
    {
        var claims = 0;
        foreach (var text in _documents)
        {
            claims += _extractor.Extract(text, new DateOnly(2020, 3, 3), null).Claims.Count;
        }

        return claims;
    }
}
