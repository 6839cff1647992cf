using HarmLedger.Model;
using Microsoft.Data.Sqlite;

namespace HarmLedger.Storage.Sqlite;

/// <summary>Claims.</summary>
public sealed partial class SqliteStore
{
    private const string ClaimColumns =
        """
        c.id, c.document_id, c.incident_id, c.kind, c.perpetrator, c.weapon, c.date_start, c.date_end, c.date_precision,
        c.place, c.killed, c.injured, c.attribution, c.evidence, c.confidence, c.extractor,
        d.url, d.title, s.name, d.published, c.external_id, c.assessment, c.pinned, c.declared_grade
        """;

    /// <inheritdoc />
    public IReadOnlyList<long> ReplaceExtractedClaims(long documentId, string extractor, IReadOnlyList<Claim> claims) =>
        InTransaction(() =>
        {
            Execute(
                "DELETE FROM claims WHERE document_id = $doc AND extractor IS NOT NULL AND analyst IS NULL AND external_id IS NULL",
                ("$doc", documentId));
            var ids = new List<long>(claims.Count);
            foreach (var claim in claims)
            {
                ids.Add(InsertClaim(documentId, claim, extractor));
            }

            return (IReadOnlyList<long>)ids;
        });

    private long InsertClaim(long documentId, Claim claim, string extractor) => Scalar<long>(
        """
        INSERT INTO claims (document_id, kind, perpetrator, weapon, date_start, date_end, date_precision,
                            place, killed, injured, attribution, evidence, confidence, extractor)
        VALUES ($doc, $kind, $perp, $weapon, $start, $end, $precision,
                $place, $killed, $injured, $attribution, $evidence, $confidence, $extractor)
        RETURNING id
        """,
        ("$doc", documentId),
        ("$kind", SqlValues.Lower<ClaimKind>(claim.Kind)),
        ("$perp", claim.Perpetrator),
        ("$weapon", claim.Weapon),
        ("$start", SqlValues.Date(claim.Date.Start)),
        ("$end", SqlValues.Date(claim.Date.End)),
        ("$precision", SqlValues.Lower(claim.Date.Precision)),
        ("$place", StoredJson.Write(claim.Place)),
        ("$killed", StoredJson.Write(claim.Killed)),
        ("$injured", StoredJson.Write(claim.Injured)),
        ("$attribution", StoredJson.Write(claim.Attribution)),
        ("$evidence", StoredJson.Write(claim.Evidence)),
        ("$confidence", claim.Confidence),
        ("$extractor", extractor));

    /// <inheritdoc />
    public void AttachClaim(long claimId, long incidentId) =>
        Execute("UPDATE claims SET incident_id = $incident WHERE id = $id", ("$incident", incidentId), ("$id", claimId));

    /// <inheritdoc />
    public IReadOnlyList<StoredClaim> ClaimsOfIncident(long incidentId) => Query(
        $"""
        SELECT {ClaimColumns}
        FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = d.source_id
        WHERE c.incident_id = $incident ORDER BY c.id
        """,
        ReadClaim,
        ("$incident", incidentId));

    private static StoredClaim ReadClaim(SqliteDataReader r)
    {
        var claim = new Claim(
            SqlValues.Enum<ClaimKind>(r, 3) ?? ClaimKind.Other,
            SqlValues.Text(r, 4),
            SqlValues.Text(r, 5),
            new DateSpan(SqlValues.Date(r, 6), SqlValues.Date(r, 7), SqlValues.Enum<DatePrecision>(r, 8)),
            StoredJson.ReadPlace(SqlValues.Text(r, 9)),
            StoredJson.ReadFigures(SqlValues.Text(r, 10)),
            StoredJson.ReadFigures(SqlValues.Text(r, 11)),
            StoredJson.ReadStrings(r.GetString(12)),
            StoredJson.ReadEvidence(r.GetString(13)),
            r.GetDouble(14));
        return new StoredClaim(
            r.GetInt64(0),
            r.GetInt64(1),
            r.IsDBNull(2) ? null : r.GetInt64(2),
            claim,
            SqlValues.Text(r, 15),
            SqlValues.Text(r, 16),
            SqlValues.Text(r, 17),
            SqlValues.Text(r, 18),
            SqlValues.Date(r, 19),
            SqlValues.Text(r, 20),
            SqlValues.Text(r, 21),
            r.GetInt64(22) != 0,
            SqlValues.Enum<Grade>(r, 23));
    }
}
