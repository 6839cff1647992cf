using System.Text;
using HarmLedger.Extraction;
using HarmLedger.Gazetteer;
using HarmLedger.Storage;

namespace HarmLedger.Cli;

/// <summary>Builds the extractor the commands use: the rule-based extractor over the bundled gazetteer and the store's imported places.</summary>
internal static class ExtractorFactory
{
    /// <summary>The bundled gazetteer, built once per process: it is immutable and takes a moment to index.</summary>
    private static readonly Lazy<GazetteerResolver> Bundled = new(() => GazetteerResolver.LoadBundled(cacheFile: GazetteerCacheFile));

    /// <summary>The bundled gazetteer folded once and kept next to the program, so that later runs start sooner (rebuilt with it).</summary>
    private static string GazetteerCacheFile => Path.Combine(AppContext.BaseDirectory, "gazetteer.cache");

    public static IPlaceResolver Places(IHarmStore? store)
    {
        var extra = store?.GazetteerLines()
            .Select((line, i) => GeoNamesReader.ParseLine(line, i + 1).Entry)
            .OfType<GazetteerEntry>()
            .ToList();
        return extra is { Count: > 0 } ? GazetteerResolver.LoadBundled(extra, GazetteerCacheFile) : Bundled.Value;
    }

    public static IClaimExtractor Create(IHarmStore? store, ExtractionOptions? options = null) =>
        new RuleBasedExtractor(Places(store), options ?? ExtractionOptions.Default);

    /// <summary>The largest quantifier file read (a codebook's table is a few hundred bytes).</summary>
    private const long MaxQuantifierBytes = 1 << 20;

    /// <summary>The extraction options, with a codebook's quantifier table (<c>--quantifiers FILE</c>) laid over the defaults.</summary>
    /// <exception cref="FormatException">The file is too large or a row is malformed (the message names the line).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ExtractionOptions Options(string? quantifiers)
    {
        if (quantifiers is null)
        {
            return ExtractionOptions.Default;
        }

        if (new FileInfo(quantifiers) is { Exists: true, Length: > MaxQuantifierBytes })
        {
            throw new FormatException($"larger than {MaxQuantifierBytes / 1024} KB");
        }

        using var reader = new StreamReader(quantifiers, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return ExtractionOptions.Default with { Quantifiers = QuantifierTable.Read(reader, QuantifierTable.Default) };
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException("not UTF-8 text");
        }
    }
}
