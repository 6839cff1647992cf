using HarmLedger.Model;
using Microsoft.Data.Sqlite;

namespace HarmLedger.Storage.Sqlite;

/// <summary>Incidents.</summary>
/// <remarks>
/// An incident's sources are its documents' sources, and for rows imported from a dataset also the sources the row
/// credits (UCDP's source office, an export's source list); a re-imported export row credits only its own list.
/// </remarks>
public sealed partial class SqliteStore
{
    private const string IncidentSelect =
        """
        SELECT i.id, i.status, i.grade, i.date_start, i.date_end, i.date_precision, i.place, i.belligerents,
               i.killed, i.injured,
               (SELECT count(*) FROM claims c WHERE c.incident_id = i.id),
               (SELECT count(DISTINCT c.document_id) FROM claims c WHERE c.incident_id = i.id),
               (SELECT json_group_array(n) FROM (
                  SELECT s.name AS n FROM claims c
                    JOIN documents d ON d.id = c.document_id JOIN sources s ON s.id = d.source_id
                    WHERE c.incident_id = i.id AND (c.external_id IS NULL OR c.external_id NOT LIKE 'incident:%')
                  UNION
                  SELECT a.value FROM claims c, json_each(c.attribution) a
                    WHERE c.incident_id = i.id AND c.external_id IS NOT NULL
                  ORDER BY 1)),
               i.grade_override, i.merged_into
        FROM incidents i
        """;

    /// <inheritdoc />
    public long AddIncident(Incident incident) => Scalar<long>(
        """
        INSERT INTO incidents (status, grade, date_start, date_end, date_precision, place, country, lat, lon,
                               belligerents, killed, injured, created, updated)
        VALUES ($status, $grade, $start, $end, $precision, $place, $country, $lat, $lon,
                $belligerents, $killed, $injured, $now, $now)
        RETURNING id
        """,
        IncidentParameters(incident));

    /// <inheritdoc />
    public void UpdateIncident(Incident incident) => Execute(
        """
        UPDATE incidents SET grade = coalesce(grade_override, $grade), date_start = $start, date_end = $end,
            date_precision = $precision, place = $place, country = $country, lat = $lat, lon = $lon,
            belligerents = $belligerents, killed = $killed, injured = $injured, updated = $now
        WHERE id = $id
        """,
        [.. IncidentParameters(incident), ("$id", incident.Id)]);

    /// <inheritdoc />
    public IReadOnlyList<Incident> IncidentCandidates(DateOnly? from, DateOnly? to, long excludeDocument) => Query(
        $"""
        {IncidentSelect}
        WHERE i.merged_into IS NULL AND i.status <> 'archived'
          AND NOT EXISTS (SELECT 1 FROM claims x WHERE x.incident_id = i.id AND x.document_id = $doc AND x.kind = 'incident')
          AND (i.date_start IS NULL
               OR (($from IS NULL OR coalesce(i.date_end, i.date_start) >= $from) AND ($to IS NULL OR i.date_start <= $to)))
        """,
        ReadIncident,
        ("$from", SqlValues.Date(from)),
        ("$to", SqlValues.Date(to)),
        ("$doc", excludeDocument));

    /// <inheritdoc />
    public IReadOnlyList<Incident> ListIncidents(IncidentQuery query) => Query(
        $"""
        {IncidentSelect}
        WHERE ($from IS NULL OR coalesce(i.date_end, i.date_start) >= $from)
          AND ($to IS NULL OR i.date_start <= $to)
          AND ($country IS NULL OR i.country = upper($country))
          AND ($belligerent IS NULL OR EXISTS (SELECT 1 FROM json_each(i.belligerents) b
                                               WHERE lower(b.value) = lower($belligerent)))
          AND ($grade IS NULL OR i.grade = lower($grade))
          AND ($status IS NULL OR i.status = lower($status))
          AND (i.merged_into IS NULL OR $status IS NOT NULL)
        ORDER BY i.date_start IS NULL, i.date_start DESC, i.id DESC
        LIMIT $limit
        """,
        ReadIncident,
        ("$from", SqlValues.Date(query.From)),
        ("$to", SqlValues.Date(query.To)),
        ("$country", query.Country),
        ("$belligerent", query.Belligerent),
        ("$grade", query.Grade),
        ("$status", query.Status),
        ("$limit", query.Limit));

    /// <inheritdoc />
    public IncidentDetail? GetIncident(long id)
    {
        var incident = Query($"{IncidentSelect} WHERE i.id = $id", ReadIncident, ("$id", id)).SingleOrDefault();
        return incident is null ? null : new IncidentDetail(incident, ClaimsOfIncident(id), History($"incident:{id}"));
    }

    private (string, object?)[] IncidentParameters(Incident incident) =>
    [
        ("$status", StatusName(incident.Status)),
        ("$grade", SqlValues.Lower<Grade>(incident.Grade)),
        ("$start", SqlValues.Date(incident.Date.Start)),
        ("$end", SqlValues.Date(incident.Date.End)),
        ("$precision", SqlValues.Lower(incident.Date.Precision)),
        ("$place", StoredJson.Write(incident.Place)),
        ("$country", incident.Place?.Country),
        ("$lat", incident.Place?.Lat),
        ("$lon", incident.Place?.Lon),
        ("$belligerents", StoredJson.Write(incident.Belligerents)),
        ("$killed", StoredJson.Write(incident.Killed)),
        ("$injured", StoredJson.Write(incident.Injured)),
        ("$now", SqlValues.Time(DateTimeOffset.UtcNow)),
    ];

    /// <summary>The stored name of a status: <c>under-review</c> rather than <c>underreview</c>.</summary>
    public static string StatusName(IncidentStatus status) => status switch
    {
        IncidentStatus.UnderReview => "under-review",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static Incident ReadIncident(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1) == "under-review" ? IncidentStatus.UnderReview : Enum.Parse<IncidentStatus>(r.GetString(1), true),
        Enum.Parse<Grade>(r.GetString(2), ignoreCase: true),
        new DateSpan(SqlValues.Date(r, 3), SqlValues.Date(r, 4), SqlValues.Enum<DatePrecision>(r, 5)),
        StoredJson.ReadPlace(SqlValues.Text(r, 6)),
        StoredJson.ReadStrings(r.GetString(7)),
        StoredJson.ReadFigures(SqlValues.Text(r, 8)),
        StoredJson.ReadFigures(SqlValues.Text(r, 9)),
        r.GetInt32(10),
        r.GetInt32(11),
        [.. StoredJson.ReadStrings(SqlValues.Text(r, 12) ?? "[]").Where(s => s is not null)],
        SqlValues.Enum<Grade>(r, 13),
        r.IsDBNull(14) ? null : r.GetInt64(14));
}
