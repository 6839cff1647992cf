using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using HarmLedger.Cli.Commands;
using HarmLedger.Extraction;
using HarmLedger.Gazetteer;

namespace HarmLedger.Benchmarks;

/// <summary>Extraction throughput on one core: 1 MB of made-up news per operation (ms per operation is ms per MB).</summary>
/// <remarks>
/// Run with tiered compilation off, so that our code is fully optimised from its first call as in the CLI (see
/// <c>HarmLedger.Cli.csproj</c>, which keeps tiering only to recompile the framework's hot methods): with tiering on,
/// a short job measures code still being rejitted, and reads 30–50 % slow from one build to the next.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(CliRuntime))]
public class ExtractionBenchmarks
{
    private sealed class CliRuntime : ManualConfig
    {
        public CliRuntime() => AddJob(Job.ShortRun.WithEnvironmentVariable("DOTNET_TieredCompilation", "0").WithId("CliRuntime"));
    }

    private const int Documents = 250;
    private const int CharsEach = 4000;

    private List<string> _documents = [];
    private RuleBasedExtractor _extractor = null!;
    private GazetteerResolver _places = null!;
    private byte[] _jsonLines = [];
    private BatchExtraction _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = NewsCorpus.Documents(Documents, CharsEach, seed: 7);
        _places = GazetteerResolver.LoadBundled();
        _extractor = new RuleBasedExtractor(_places, ExtractionOptions.Default);
        _batch = new BatchExtraction(_extractor, workers: 1);

        // The same documents as extract --batch input, written the way other tools write JSON (non-ASCII unescaped).
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var lines = new StringBuilder();
        for (var i = 0; i < _documents.Count; i++)
        {
            lines.Append(JsonSerializer.Serialize(new { id = $"news-{i}", text = _documents[i], published = "2020-03-03" }, options)).Append('\n');
        }

        _jsonLines = Encoding.UTF8.GetBytes(lines.ToString());
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

    /// <summary>The batch path on one worker: the same megabyte as JSON Lines in, result lines out (parse, extract, hash, write).</summary>
    [Benchmark]
    public long ExtractBatch()
    {
        using var output = new MemoryStream(_jsonLines.Length);
        _batch.Run(new MemoryStream(_jsonLines, writable: false), output);
        return output.Length;
    }
}
