using HarmLedger.Model;

namespace HarmLedger.Gazetteer;

/// <summary>A place named in a text, resolved to a gazetteer point.</summary>
/// <param name="Start">UTF-16 offset of the mention's first character.</param>
/// <param name="End">UTF-16 offset just past the mention (exclusive).</param>
/// <param name="Place">The resolved place.</param>
/// <param name="Score">How sure the resolution is, 0 to 1.</param>
public sealed record PlaceMention(int Start, int End, Place Place, double Score);
