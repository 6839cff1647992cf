namespace HarmLedger.Ingestion.Reading;

/// <summary>A report read from bytes: its extracted text and the format it was read as.</summary>
public sealed record ReadReport(string Text, string Format, string? Title);
