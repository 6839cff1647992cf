using HarmLedger.Linking;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Linking;

public sealed class IncidentLinkerTests
{
    private static readonly DateOnly Day = new(2017, 6, 26);
    private readonly IncidentLinker _linker = new(LinkingOptions.Default);

    [Fact]
    public void FindMatch_SameTownNextDay_Matches()
    {
        var incident = IncidentAt(Day, 35.02, 40.45, "United States");

        var match = _linker.FindMatch(ClaimAt(Day.AddDays(1), 35.05, 40.43, "United States"), [incident]);

        Assert.Same(incident, match);
    }

    [Fact]
    public void FindMatch_TownsFiftyKilometresApart_DoesNotMatch()
    {
        var incident = IncidentAt(Day, 35.02, 40.45, "United States");

        var match = _linker.FindMatch(ClaimAt(Day, 35.45, 40.45, "United States"), [incident]);

        Assert.Null(match);
    }

    [Fact]
    public void FindMatch_ThreeDaysApart_DoesNotMatch()
    {
        var match = _linker.FindMatch(ClaimAt(Day.AddDays(3), 35.02, 40.45, null), [IncidentAt(Day, 35.02, 40.45, null)]);

        Assert.Null(match);
    }

    [Fact]
    public void FindMatch_OtherPerpetrator_DoesNotMatch()
    {
        var match = _linker.FindMatch(ClaimAt(Day, 35.02, 40.45, "Russia"), [IncidentAt(Day, 35.02, 40.45, "United States")]);

        Assert.Null(match);
    }

    [Fact]
    public void FindMatch_TwoCandidates_PicksTheNearer()
    {
        var far = IncidentAt(Day, 35.10, 40.45, null);
        var near = IncidentAt(Day, 35.03, 40.45, null);

        var match = _linker.FindMatch(ClaimAt(Day, 35.02, 40.45, null), [far, near]);

        Assert.Same(near, match);
    }

    [Fact]
    public void FindMatch_ClaimWithoutDateOrPlace_NeverMatches()
    {
        var claim = ClaimAt(Day, 0, 0, "United States") with { Date = DateSpan.Unknown, Place = null };

        Assert.Null(_linker.FindMatch(claim, [IncidentAt(Day, 35, 40, "United States")]));
    }

    [Fact]
    public void Window_DayPreciseDate_WidensByTheTolerance()
    {
        var (from, to) = _linker.Window(DateSpan.Day(Day));

        Assert.Equal((Day.AddDays(-1), Day.AddDays(1)), (from!.Value, to!.Value));
    }

    private static Claim ClaimAt(DateOnly day, double lat, double lon, string? perpetrator) => new(
        ClaimKind.Incident, perpetrator, "airstrike", DateSpan.Day(day),
        new Place("Town", null, "SY", lat, lon, PlacePrecision.Town, null), null, null, [], [], 0.5);

    private static Incident IncidentAt(DateOnly day, double lat, double lon, string? perpetrator) => new(
        1, IncidentStatus.Automatic, Grade.Weak, DateSpan.Day(day),
        new Place("Town", null, "SY", lat, lon, PlacePrecision.Town, null),
        perpetrator is null ? [] : [perpetrator], null, null, 1, 1, []);
}
