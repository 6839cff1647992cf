using HarmLedger.Model;

namespace HarmLedger.Grading;

/// <summary>A grade with the rule that set it, for the incident's history.</summary>
public sealed record GradeDecision(Grade Grade, string Rule);
