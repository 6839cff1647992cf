using HarmLedger.Model;

namespace HarmLedger.Grading;

/// <summary>Derives an incident's grade from its sources, on the scale monitors use (DESIGN.md).</summary>
public static class GradeRules
{
    /// <summary>Applies the rules in order; the first that holds sets the grade.</summary>
    public static GradeDecision Derive(GradeEvidence e)
    {
        if (e.Discounted)
        {
            return new(Grade.Discounted, "discounted: shown not to involve civilian harm from this party");
        }

        if (e.HarmAccepted)
        {
            return new(Grade.Confirmed, "confirmed: the belligerent accepts the harm");
        }

        if (e.Declared is Grade.Discounted or Grade.Confirmed or Grade.Contested)
        {
            return new(e.Declared.Value, $"{Name(e.Declared.Value)}: as the monitor's own table grades it");
        }

        if (e.Belligerents > 1)
        {
            return new(Grade.Contested, $"contested: {e.Belligerents} parties are blamed");
        }

        if (e.Declared == Grade.Fair)
        {
            return new(Grade.Fair, "fair: as the monitor's own table grades it");
        }

        if (e.Sources >= 2 && e.StrikeAcknowledged)
        {
            return new(Grade.Fair, $"fair: {e.Sources} independent sources and a strike nearby acknowledged");
        }

        return new(Grade.Weak, e.Sources >= 2
            ? $"weak: {e.Sources} sources but no strike acknowledged nearby"
            : "weak: a single source");
    }

    private static string Name(Grade grade) => grade.ToString().ToLowerInvariant();
}
