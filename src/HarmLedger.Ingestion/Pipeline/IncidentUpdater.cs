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
    /// <summary>Links the claim; returns whether it started a new incident.</summary>
    public bool Link(long claimId, Claim claim)
    {
        var (from, to) = linker.Window(claim.Date);
        var match = linker.FindMatch(claim, store.IncidentCandidates(from, to));
        var isNew = match is null;
        var incidentId = match?.Id ?? store.AddIncident(Seed(claim));
        store.AttachClaim(claimId, incidentId);
        Record(incidentId, isNew ? "created" : "claim-linked", isNew
            ? $"claim {claimId} matched no incident"
            : $"claim {claimId} matched on date, place and perpetrator");
        Refresh(incidentId, match?.Status ?? IncidentStatus.Automatic);
        return isNew;
    }

    /// <summary>Recomputes an incident's date, place, belligerents, figures and grade from its claims.</summary>
    public void Refresh(long incidentId, IncidentStatus status)
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
            HarmAccepted: false,
            Discounted: false));
        var incident = new Incident(
            incidentId,
            status,
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
