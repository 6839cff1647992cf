using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Tests.Pipeline;

/// <summary>An extractor that returns the claims a test scripts for each text, to exercise the pipeline alone.</summary>
internal sealed class ScriptedExtractor(Func<string, IReadOnlyList<Claim>> script) : IClaimExtractor
{
    public string Version => "scripted/1";

    public ExtractionResult Extract(string text, DateOnly? published, string? sourceName) => new(script(text));
}
