namespace HarmLedger.Model;

/// <summary>One report as received, with the text extracted from it.</summary>
/// <param name="Id">The store's id; 0 before the document is stored.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <see cref="Raw"/>: the document's identity.</param>
/// <param name="Raw">The bytes exactly as received.</param>
/// <param name="Text">The article text extracted from the raw bytes.</param>
/// <param name="Format">How the raw bytes were read: <c>text</c>, <c>markdown</c> or <c>html</c>.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Retrieved">When HarmLedger received the document.</param>
public sealed record Document(
    long Id,
    string Sha256,
    byte[] Raw,
    string Text,
    string Format,
    string? SourceName,
    string? Url,
    string? Title,
    DateOnly? Published,
    string? Language,
    DateTimeOffset Retrieved);
