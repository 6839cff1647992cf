namespace HarmLedger.Model;

/// <summary>An append-only audit entry: who changed what, when and why.</summary>
/// <param name="Entity">What changed, e.g. <c>incident:12</c>.</param>
/// <param name="Action">What was done, e.g. <c>created</c>, <c>claim-linked</c>, <c>grade-set</c>.</param>
/// <param name="Actor">An analyst's name, or <c>harmledger/VERSION</c> for automatic changes.</param>
/// <param name="Reason">Why: the rule or the analyst's words.</param>
public sealed record Change(long Id, string Entity, string Action, string Actor, string Reason, DateTimeOffset At);
