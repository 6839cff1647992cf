using System.Collections.Immutable;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Export;

internal static class IncidentSamples
{
    public static Incident Awkward() => new(
        42,
        IncidentStatus.UnderReview,
        Grade.Contested,
        new DateSpan(new DateOnly(2017, 6, 26), new DateOnly(2017, 6, 27), DatePrecision.Week),
        new Place("Mayadin, \"the prison\"\nnorth side", "=HYPERLINK(\"x\")", "SY", 35.020712345678, 40.452, PlacePrecision.Town, 169113),
        ["United States", "-Russia; allies", "@Syrian Army\\"],
        Figures.Of((VictimCategory.Total, new FigureRange(26, 72)), (VictimCategory.Civilians, FigureRange.AtLeast(24)), (VictimCategory.Children, FigureRange.Exactly(0))),
        Figures.Of((VictimCategory.Total, FigureRange.Exactly(3))),
        5,
        3,
        ["Deirezzor24", "+SOHR", "'quoted"]);

    public static Incident Bare() => new(
        7, IncidentStatus.Automatic, Grade.Weak, DateSpan.Unknown, null,
        ImmutableArray<string>.Empty, null, null, 1, 1, ImmutableArray<string>.Empty);
}
