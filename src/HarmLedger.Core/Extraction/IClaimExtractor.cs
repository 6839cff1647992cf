namespace HarmLedger.Extraction;

/// <summary>Turns a document's text into claims.</summary>
public interface IClaimExtractor
{
    /// <summary>The version written on every claim this extractor makes, so re-extraction can replace them.</summary>
    string Version { get; }

    /// <summary>Extracts the claims in a text.</summary>
    /// <param name="text">The document's text; evidence offsets index into it.</param>
    /// <param name="published">The publication date, against which relative dates resolve; <c>null</c> leaves them unresolved.</param>
    /// <param name="sourceName">The publishing source, used as attribution when the text names no other.</param>
    ExtractionResult Extract(string text, DateOnly? published, string? sourceName);
}
