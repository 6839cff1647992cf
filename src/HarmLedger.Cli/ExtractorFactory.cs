using HarmLedger.Extraction;
using HarmLedger.Gazetteer;
using HarmLedger.Storage;

namespace HarmLedger.Cli;

/// <summary>Builds the extractor the commands use: the rule-based extractor over the bundled gazetteer and the store's imported places.</summary>
internal static class ExtractorFactory
{
    /// <summary>The bundled gazetteer, built once per process: it is immutable and takes a moment to index.</summary>
    private static readonly Lazy<GazetteerResolver> Bundled = new(() => GazetteerResolver.LoadBundled());

    public static IPlaceResolver Places(IHarmStore? store)
    {
        var extra = store?.GazetteerLines()
            .Select((line, i) => GeoNamesReader.ParseLine(line, i + 1).Entry)
            .OfType<GazetteerEntry>()
            .ToList();
        return extra is { Count: > 0 } ? GazetteerResolver.LoadBundled(extra) : Bundled.Value;
    }

    public static IClaimExtractor Create(IHarmStore? store) => new RuleBasedExtractor(Places(store), ExtractionOptions.Default);
}
