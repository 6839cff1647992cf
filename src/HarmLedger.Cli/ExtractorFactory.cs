using HarmLedger.Extraction;
using HarmLedger.Storage;

namespace HarmLedger.Cli;

/// <summary>TEMPORARY until the extractor lands.</summary>
internal static class ExtractorFactory
{
    public static IClaimExtractor Create(IHarmStore? store) => new Nothing();

    private sealed class Nothing : IClaimExtractor
    {
        public string Version => "none";

        public ExtractionResult Extract(string text, DateOnly? published, string? sourceName) => new([]);
    }
}
