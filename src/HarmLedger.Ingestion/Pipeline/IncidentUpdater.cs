using System.Collections.Immutable;
using HarmLedger.Grading;
using HarmLedger.Linking;
using HarmLedger.Model;
using HarmLedger.Reconciliation;
using HarmLedger.Storage;

namespace HarmLedger.Ingestion.Pipeline;

/// <summary>Links a stored incident claim to an incident, then reconciles and grades that incident afresh.</summary>
public sealed class IncidentUpdater(IHarmStore store, IncidentLinker linker, string actor, TimeProvider time)
{
    /// <summary>Links the claim of a document; returns whether it started a new incident.</summary>
    public bool Link(long claimId, Claim claim, long documentId)
    {
        var (from, to) = linker.Window(claim.Date);
        var candidates = store.IncidentCandidates(from, to, claim.Kind == ClaimKind.Incident ? documentId : 0);
        var match = linker.FindMatch(claim, candidates);
        var isNew = match is null;
        var incidentId = match?.Id ?? store.AddIncident(Seed(claim));
        store.AttachClaim(claimId, incidentId);
        Record(incidentId, isNew ? "created" : "claim-linked", isNew
            ? $"claim {claimId} matched no incident"
            : $"claim {claimId} matched on date, place and perpetrator");
        Refresh(incidentId);
        return isNew;
    }

    /// <summary>Recomputes an incident's date, place, belligerents, figures and grade from its claims.</summary>
    public void Refresh(long incidentId)
    {
        var claims = store.ClaimsOfIncident(incidentId);
        var incidentClaims = claims.Where(c => c.Claim.Kind == ClaimKind.Incident).Select(c => c.Claim).ToList();
        var belligerents = incidentClaims.Select(c => c.Perpetrator).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        var sources = claims.Select(c => c.SourceName ?? $"document {c.DocumentId}").Distinct().Count();
        var decision = GradeRules.Derive(new GradeEvidence(
            sources,
            belligerents.Length,
            claims.Any(c => c.Claim.Kind == ClaimKind.Acknowledgement),
            HarmAccepted: claims.Any(c => c.Assessment == "credible"),
            Discounted: false,
            Declared: Strongest(claims.Select(c => c.DeclaredGrade))));
        var incident = new Incident(
            incidentId,
            IncidentStatus.Automatic,
            decision.Grade,
            NarrowestDate(incidentClaims),
            FinestPlace(incidentClaims),
            belligerents,
            FigureReconciler.Reconcile(incidentClaims.Select(c => c.Killed)),
            FigureReconciler.Reconcile(incidentClaims.Select(c => c.Injured)),
            claims.Count,
            claims.Select(c => c.DocumentId).Distinct().Count(),
            []);
        store.UpdateIncident(incident);
        Record(incidentId, "reconciled", $"{FigureReconciler.Rule}; grade {decision.Rule}");
    }

    /// <summary>Merges incident <paramref name="from"/> into <paramref name="into"/>: its claims move and are pinned there.</summary>
    public void Merge(long into, long from, string analyst, string reason)
    {
        // Both incidents' claims end up pinned to the one that remains.
        store.MoveClaims([.. store.ClaimsOfIncident(from).Concat(store.ClaimsOfIncident(into)).Select(c => c.Id)], into, pin: true);
        store.MarkMerged(from, into);
        store.AppendChange(new Change(0, $"incident:{into}", "merged", analyst, $"incident {from} merged in: {reason}", time.GetUtcNow()));
        store.AppendChange(new Change(0, $"incident:{from}", "merged-into", analyst, $"merged into incident {into}: {reason}", time.GetUtcNow()));
        Refresh(into);
    }

    /// <summary>Splits claims out of an incident into a new one; both sides' claims are pinned so the linker leaves them.</summary>
    /// <returns>The new incident's id.</returns>
    public long Split(long from, IReadOnlyCollection<long> claimIds, string analyst, string reason)
    {
        var claims = store.ClaimsOfIncident(from);
        var moving = claims.Where(c => claimIds.Contains(c.Id)).ToList();
        var newId = store.AddIncident(Seed(moving[0].Claim));
        store.MoveClaims([.. moving.Select(c => c.Id)], newId, pin: true);
        store.MoveClaims([.. claims.Where(c => !claimIds.Contains(c.Id)).Select(c => c.Id)], from, pin: true);
        store.AppendChange(new Change(0, $"incident:{from}", "split", analyst, $"claims {string.Join(", ", claimIds)} split into incident {newId}: {reason}", time.GetUtcNow()));
        store.AppendChange(new Change(0, $"incident:{newId}", "created", analyst, $"split from incident {from}: {reason}", time.GetUtcNow()));
        Refresh(from);
        Refresh(newId);
        return newId;
    }

    /// <summary>The strongest of the grades imported tables declare: discounted, confirmed, contested, fair, weak.</summary>
    private static Grade? Strongest(IEnumerable<Grade?> grades) =>
        grades.OfType<Grade>().OrderBy(g => g switch
        {
            Grade.Discounted => 0,
            Grade.Confirmed => 1,
            Grade.Contested => 2,
            Grade.Fair => 3,
            _ => 4,
        }).Cast<Grade?>().FirstOrDefault();

    private static Incident Seed(Claim claim) => new(
        0, IncidentStatus.Automatic, Grade.Weak, claim.Date, claim.Place,
        claim.Perpetrator is null ? [] : [claim.Perpetrator], claim.Killed, claim.Injured, 0, 0, []);

    private static DateSpan NarrowestDate(List<Claim> claims) =>
        claims.Select(c => c.Date).Where(d => d.Start is not null)
            .OrderBy(d => d.Precision ?? DatePrecision.Year).FirstOrDefault() ?? DateSpan.Unknown;

    private static Place? FinestPlace(List<Claim> claims) =>
        claims.Select(c => c.Place).OfType<Place>().OrderBy(p => p.Precision).FirstOrDefault();

    private void Record(long incidentId, string action, string reason) =>
        store.AppendChange(new Change(0, $"incident:{incidentId}", action, actor, reason, time.GetUtcNow()));
}
