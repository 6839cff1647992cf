using System.Collections.Immutable;
using System.Text;
using HarmLedger.Model;

namespace HarmLedger.Storage.Tests;

/// <summary>The store contract, written once and run against every provider.</summary>
public abstract class StoreTests
{
    protected abstract IHarmStore NewStore();

    [Fact]
    public void AddDocument_SameBytesTwice_StoresOnceAndReportsDuplicate()
    {
        using var store = NewStore();

        var first = store.AddDocument(Doc("A strike killed 3 civilians."));
        var second = store.AddDocument(Doc("A strike killed 3 civilians."));

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, store.Counts().Documents);
    }

    [Fact]
    public void GetDocument_AfterAdd_ReturnsRawBytesAndMetadataUnchanged()
    {
        using var store = NewStore();
        var doc = Doc("Shelling hit the market.") with { SourceName = "Example Monitor", Published = new DateOnly(2020, 3, 1) };

        var id = store.AddDocument(doc).DocumentId;
        var back = store.GetDocument(id)!;

        Assert.Equal(doc.Raw, back.Raw);
        Assert.Equal(doc.Sha256, back.Sha256);
        Assert.Equal("Example Monitor", back.SourceName);
        Assert.Equal(new DateOnly(2020, 3, 1), back.Published);
    }

    [Fact]
    public void InTransaction_WorkThrows_NothingIsStored()
    {
        using var store = NewStore();

        Assert.Throws<InvalidOperationException>(() => store.InTransaction<int>(() =>
        {
            store.AddDocument(Doc("kept only if the transaction commits"));
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal(0, store.Counts().Documents);
    }

    [Fact]
    public void ReplaceExtractedClaims_RunTwice_KeepsOnlyTheNewClaims()
    {
        using var store = NewStore();
        var docId = store.AddDocument(Doc("text")).DocumentId;

        store.ReplaceExtractedClaims(docId, "x/1", [SampleClaim(3), SampleClaim(4)]);
        store.ReplaceExtractedClaims(docId, "x/2", [SampleClaim(5)]);

        Assert.Equal(1, store.Counts().Claims);
    }

    [Fact]
    public void GetIncident_WithAttachedClaim_RoundTripsFiguresPlaceAndEvidence()
    {
        using var store = NewStore();
        var docId = store.AddDocument(Doc("text") with { SourceName = "Monitor A" }).DocumentId;
        var claim = SampleClaim(7);
        var claimId = store.ReplaceExtractedClaims(docId, "x/1", [claim])[0];
        var incidentId = store.AddIncident(new Incident(
            0, IncidentStatus.Automatic, Grade.Weak, claim.Date, claim.Place, ["United States"], claim.Killed, null, 0, 0, []));

        store.AttachClaim(claimId, incidentId);
        var detail = store.GetIncident(incidentId)!;

        Assert.Equal(claim.Killed, detail.Incident.Killed);
        Assert.Equal(claim.Place, detail.Incident.Place);
        Assert.Equal(["Monitor A"], detail.Incident.Sources);
        var stored = Assert.Single(detail.Claims);
        Assert.Equal(claim.Evidence, stored.Claim.Evidence);
        Assert.Equal(claim.Killed, stored.Claim.Killed);
        Assert.Equal(new FigureRange(7, null), stored.Claim.Killed![VictimCategory.Combatants]);
    }

    [Fact]
    public void ListIncidents_FilteredByCountryAndDate_ReturnsOnlyMatchesNewestFirst()
    {
        using var store = NewStore();
        AddIncident(store, new DateOnly(2017, 6, 26), "SY");
        AddIncident(store, new DateOnly(2017, 7, 1), "SY");
        AddIncident(store, new DateOnly(2017, 7, 2), "IQ");

        var syria = store.ListIncidents(new IncidentQuery(Country: "sy"));
        var july = store.ListIncidents(new IncidentQuery(From: new DateOnly(2017, 7, 1)));

        Assert.Equal([new DateOnly(2017, 7, 1), new DateOnly(2017, 6, 26)], syria.Select(i => i.Date.Start!.Value));
        Assert.Equal(2, july.Count);
    }

    [Fact]
    public void AppendChange_ThenRead_HistoryKeepsOrderAndReason()
    {
        using var store = NewStore();
        var id = AddIncident(store, new DateOnly(2017, 6, 26), "SY");

        store.AppendChange(new Change(0, $"incident:{id}", "grade-set", "analyst:rk", "two sources", DateTimeOffset.UtcNow));
        store.AppendChange(new Change(0, $"incident:{id}", "status-set", "analyst:rk", "reviewed", DateTimeOffset.UtcNow));

        Assert.Equal(["grade-set", "status-set"], store.GetIncident(id)!.History.Select(c => c.Action));
    }

    [Fact]
    public void UpsertGazetteerLines_SameLinesTwice_SecondTimeChangesNothing()
    {
        using var store = NewStore();
        (long, string)[] lines = [(1, "1\tA"), (2, "2\tB")];

        var first = store.UpsertGazetteerLines(lines);
        var second = store.UpsertGazetteerLines(lines);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        Assert.Equal(["1\tA", "2\tB"], store.GazetteerLines());
    }

    protected static Document Doc(string text) => new(
        0, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        Encoding.UTF8.GetBytes(text), text, "text", null, null, null, null, "en", DateTimeOffset.UtcNow);

    private static Claim SampleClaim(int combatants) => new(
        ClaimKind.Incident,
        "United States",
        "airstrike",
        DateSpan.Day(new DateOnly(2017, 6, 26)),
        new Place("Al Mayadin", "Deir ez-Zor", "SY", 35.02089, 40.45346, PlacePrecision.Town, 173480),
        Figures.Of(
            (VictimCategory.Total, new FigureRange(26, null)),
            (VictimCategory.Civilians, new FigureRange(24, 70)),
            (VictimCategory.Combatants, FigureRange.AtLeast(combatants))),
        null,
        ["Deirezzor24"],
        [new EvidenceSpan(10, 36, "killed dozens of civilians")],
        0.8);

    private static long AddIncident(IHarmStore store, DateOnly day, string country) => store.AddIncident(new Incident(
        0, IncidentStatus.Automatic, Grade.Weak, DateSpan.Day(day),
        new Place("Somewhere", null, country, 35, 40, PlacePrecision.Town, null),
        ImmutableArray<string>.Empty, null, null, 0, 0, []));
}
