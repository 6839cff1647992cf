using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>A number in the text read as a count: its tokens [First, End), its range, and whether it was a vague word.</summary>
/// <param name="OpenMin">Whether the text set only a maximum ("up to 10"), so the min is a placeholder.</param>
/// <param name="Detail">Whether it counts one person singled out ("his wife", "a mother") rather than a toll.</param>
internal readonly record struct Figure(int First, int End, FigureRange Range, bool Vague, bool OpenMin = false, bool Detail = false);
