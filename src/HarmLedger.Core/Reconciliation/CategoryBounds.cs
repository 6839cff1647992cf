using HarmLedger.Model;

namespace HarmLedger.Reconciliation;

/// <summary>A reconciled range for one category, with the claims that set each bound.</summary>
/// <param name="MinSetBy">The claims whose minimum is the reconciled minimum.</param>
/// <param name="MaxSetBy">The claims whose maximum is the reconciled maximum; when the maximum is open, those whose "at least" left it open.</param>
public sealed record CategoryBounds(VictimCategory Category, FigureRange Range, IReadOnlyList<long> MinSetBy, IReadOnlyList<long> MaxSetBy);
