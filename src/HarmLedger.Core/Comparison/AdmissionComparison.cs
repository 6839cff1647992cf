using HarmLedger.Model;

namespace HarmLedger.Comparison;

/// <summary>How a belligerent's admissions compare with what monitors record.</summary>
/// <param name="Ratio">
/// Official ÷ monitor civilian deaths, both by their minimum (0.1 means the belligerent admits a tenth);
/// <c>null</c> when monitors record no civilian deaths.
/// </param>
/// <param name="Unassessed">Incidents the belligerent has not assessed, by id.</param>
public sealed record AdmissionComparison(
    Figures Monitor, Figures Official, double? Ratio, IReadOnlyList<MonthComparison> Months, IReadOnlyList<long> Unassessed);
