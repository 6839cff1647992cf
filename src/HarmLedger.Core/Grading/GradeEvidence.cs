using HarmLedger.Model;

namespace HarmLedger.Grading;

/// <summary>What the grading rules look at for one incident.</summary>
/// <param name="Sources">Distinct sources reporting the incident.</param>
/// <param name="Belligerents">Distinct parties blamed for it.</param>
/// <param name="StrikeAcknowledged">A belligerent acknowledged a strike in the vicinity.</param>
/// <param name="HarmAccepted">The belligerent accepted civilian harm (assessed the report credible).</param>
/// <param name="Discounted">Shown not to involve civilian harm from this party.</param>
/// <param name="Declared">The strongest grade a monitor's own table gives the incident, if any.</param>
public sealed record GradeEvidence(int Sources, int Belligerents, bool StrikeAcknowledged, bool HarmAccepted, bool Discounted, Grade? Declared = null);
