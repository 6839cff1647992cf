namespace HarmLedger.Extraction;

/// <summary>The harm a figure counts and the harm word's token, before the figure ("killing 3") or after it ("3 were killed").</summary>
/// <param name="Before">The first token of a harm word before the figure, or -1.</param>
/// <param name="After">The last token of a harm word after the figure, or -1.</param>
internal readonly record struct HarmLink(HarmKind Harm, int Before = -1, int After = -1);
