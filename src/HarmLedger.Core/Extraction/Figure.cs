using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>A number in the text read as a count: its tokens [First, End), its range, and whether it was a vague word.</summary>
internal readonly record struct Figure(int First, int End, FigureRange Range, bool Vague);
