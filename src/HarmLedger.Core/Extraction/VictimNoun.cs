using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>The noun after a figure: its category, the token after it, and what it says about the figure.</summary>
/// <param name="Found">Whether a victim noun was found; if not, <see cref="End"/> is the figure's end.</param>
/// <param name="Breakdown">Whether "of them" / "of whom" sat between figure and noun ("five of them children").</param>
/// <param name="Additional">Whether the noun is "others" or "more", people beyond those already counted.</param>
/// <param name="Partial">Whether the figure counts part of a group already named ("14 of the victims").</param>
internal readonly record struct VictimNoun(VictimCategory Category, int End, bool Found, bool Breakdown, bool Additional, bool Partial = false);
