using System.Globalization;
using HarmLedger.Model;

namespace HarmLedger.Comparison;

/// <summary>Sets monitors' reconciled tolls against a belligerent's admissions, in total and per month.</summary>
public static class AdmissionComparer
{
    /// <summary>Sums the incidents' reconciled killed figures and the admitted ones, category by category.</summary>
    /// <remarks>Ranges add bound for bound; an open maximum stays open in the sum.</remarks>
    public static AdmissionComparison Compare(IReadOnlyList<AssessedIncident> incidents)
    {
        var months = incidents
            .GroupBy(i => i.Incident.Date.Start?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "unknown")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MonthComparison(
                g.Key, g.Count(), g.Count(i => i.Assessed), Sum(g.Select(i => i.Incident.Killed)), Sum(g.Select(i => i.Admitted))))
            .ToList();
        var monitor = Sum(incidents.Select(i => i.Incident.Killed));
        var official = Sum(incidents.Select(i => i.Admitted));
        var monitorCivilians = monitor[VictimCategory.Civilians]?.Min ?? 0;
        double? ratio = monitorCivilians == 0 ? null : (double)(official[VictimCategory.Civilians]?.Min ?? 0) / monitorCivilians;
        return new AdmissionComparison(
            monitor, official, ratio, months, [.. incidents.Where(i => !i.Assessed).Select(i => i.Incident.Id).Order()]);
    }

    /// <summary>Adds figures category by category.</summary>
    public static Figures Sum(IEnumerable<Figures?> figures)
    {
        var sum = Figures.Empty;
        foreach (var f in figures)
        {
            if (f is null)
            {
                continue;
            }

            foreach (var (category, range) in f.ByCategory)
            {
                sum = sum.With(category, sum[category] is FigureRange so ? so.Plus(range) : range);
            }
        }

        return sum;
    }
}
