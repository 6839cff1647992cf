using System.Runtime.InteropServices;

namespace HarmLedger.Gazetteer;

/// <summary>What the index keeps for one name id, side by side so that a found name costs one more memory read.</summary>
/// <param name="Longer">Bit n - 1 set when a name of n words starts with this one (bit 63 for 64 words or more).</param>
/// <param name="Start">Where its places start in the index's candidates.</param>
/// <param name="Count">How many places bear it (0 for a first word that is no name itself).</param>
/// <param name="MaxWords">The most words of a name starting with it (0 when none has more than one).</param>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NameEntry(ulong Longer, int Start, int Count, int MaxWords);
