namespace HarmLedger.Extraction;

/// <summary>A sentence as a token range [First, End) within a paragraph.</summary>
internal readonly record struct Sentence(int Index, int First, int End, int Paragraph);
