using HarmLedger.Model;

namespace HarmLedger.Storage.Sqlite;

/// <summary>Analysts' decisions and dataset rows: moving and pinning claims, statuses, grade overrides, merges.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public void MoveClaims(IReadOnlyCollection<long> claimIds, long incidentId, bool pin) => InTransaction(() =>
    {
        foreach (var id in claimIds)
        {
            Execute(
                "UPDATE claims SET incident_id = $incident, pinned = max(pinned, $pin) WHERE id = $id",
                ("$incident", incidentId),
                ("$pin", pin ? 1 : 0),
                ("$id", id));
        }

        return 0;
    });

    /// <inheritdoc />
    public void SetStatus(long incidentId, IncidentStatus status) => Execute(
        "UPDATE incidents SET status = $status, updated = $now WHERE id = $id",
        ("$status", StatusName(status)),
        ("$now", SqlValues.Time(DateTimeOffset.UtcNow)),
        ("$id", incidentId));

    /// <inheritdoc />
    public void SetGradeOverride(long incidentId, Grade? grade) => Execute(
        "UPDATE incidents SET grade_override = $grade, grade = coalesce($grade, grade), updated = $now WHERE id = $id",
        ("$grade", SqlValues.Lower(grade)),
        ("$now", SqlValues.Time(DateTimeOffset.UtcNow)),
        ("$id", incidentId));

    /// <inheritdoc />
    public void MarkMerged(long incidentId, long into) => Execute(
        "UPDATE incidents SET merged_into = $into, status = 'archived', updated = $now WHERE id = $id",
        ("$into", into),
        ("$now", SqlValues.Time(DateTimeOffset.UtcNow)),
        ("$id", incidentId));

    /// <inheritdoc />
    public (long ClaimId, ClaimUpsert Outcome) UpsertDatasetClaim(long documentId, DatasetClaim row, string importer) => InTransaction(() =>
    {
        var (externalId, claim, assessment) = (row.ExternalId, row.Claim, row.Assessment);
        var fingerprint = Fingerprint(claim, assessment) + "|" + row.DeclaredGrade;
        var existing = Query(
            "SELECT id, fingerprint, incident_id, pinned FROM claims WHERE external_id = $ext",
            r => (Id: r.GetInt64(0), Fingerprint: SqlValues.Text(r, 1), Incident: r.IsDBNull(2) ? (long?)null : r.GetInt64(2), Pinned: r.GetInt64(3)),
            ("$ext", externalId)).SingleOrDefault();
        if (existing.Id != 0 && existing.Fingerprint == fingerprint)
        {
            return (existing.Id, ClaimUpsert.Unchanged);
        }

        if (existing.Id != 0)
        {
            Execute("DELETE FROM claims WHERE id = $id", ("$id", existing.Id));
        }

        // A changed row keeps its place in an incident, and an analyst's pin.
        var id = InsertClaim(documentId, claim, importer);
        Execute(
            """
            UPDATE claims SET external_id = $ext, assessment = $assessment, fingerprint = $fp,
                              incident_id = $incident, pinned = $pinned, declared_grade = $declared
            WHERE id = $id
            """,
            ("$ext", externalId),
            ("$assessment", assessment),
            ("$fp", fingerprint),
            ("$incident", existing.Incident),
            ("$pinned", existing.Pinned),
            ("$declared", SqlValues.Lower(row.DeclaredGrade)),
            ("$id", id));
        return (id, existing.Id == 0 ? ClaimUpsert.Added : ClaimUpsert.Changed);
    });

    /// <inheritdoc />
    public long? IncidentOfClaim(long claimId) =>
        Scalar<long?>("SELECT incident_id FROM claims WHERE id = $id", ("$id", claimId));

    /// <inheritdoc />
    public long? IncidentOfExternalId(string externalId) =>
        Scalar<long?>("SELECT incident_id FROM claims WHERE external_id = $ext", ("$ext", externalId));

    private static string Fingerprint(Claim claim, string? assessment) => string.Join(
        '|',
        claim.Kind,
        claim.Perpetrator,
        claim.Weapon,
        claim.Date,
        StoredJson.Write(claim.Place),
        StoredJson.Write(claim.Killed),
        StoredJson.Write(claim.Injured),
        StoredJson.Write(claim.Attribution),
        StoredJson.Write(claim.Evidence),
        assessment);
}
