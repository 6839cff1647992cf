using HarmLedger.Model;

namespace HarmLedger.Comparison;

/// <summary>An incident with what the belligerent said of it.</summary>
/// <param name="Admitted">The deaths the belligerent admits (from assessments it found credible), or <c>null</c>.</param>
/// <param name="Assessed">Whether the belligerent has assessed the incident at all (any verdict).</param>
public sealed record AssessedIncident(Incident Incident, Figures? Admitted, bool Assessed);
