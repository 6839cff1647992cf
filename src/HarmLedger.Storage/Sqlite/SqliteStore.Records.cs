using HarmLedger.Model;

namespace HarmLedger.Storage.Sqlite;

/// <summary>Tallies, the audit history, imported gazetteer lines and counts.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public long AddTally(Tally tally) => Scalar<long>(
        """
        INSERT INTO tallies (reporter, belligerent, country, killed, as_of, document_id)
        VALUES ($reporter, $belligerent, $country, $killed, $asOf, $doc) RETURNING id
        """,
        ("$reporter", tally.Reporter),
        ("$belligerent", tally.Belligerent),
        ("$country", tally.Country),
        ("$killed", StoredJson.Write(tally.Killed) ?? "{}"),
        ("$asOf", SqlValues.Date(tally.AsOf)),
        ("$doc", tally.DocumentId));

    /// <inheritdoc />
    public IReadOnlyList<Tally> ListTallies() => Query(
        "SELECT id, reporter, belligerent, country, killed, as_of, document_id FROM tallies ORDER BY as_of DESC, id DESC",
        r => new Tally(
            r.GetInt64(0),
            SqlValues.Text(r, 1),
            SqlValues.Text(r, 2),
            SqlValues.Text(r, 3),
            StoredJson.ReadFigures(r.GetString(4)) ?? Figures.Empty,
            SqlValues.Date(r, 5),
            r.GetInt64(6)));

    /// <inheritdoc />
    public void AppendChange(Change change) => Execute(
        "INSERT INTO changes (entity, action, actor, reason, at) VALUES ($entity, $action, $actor, $reason, $at)",
        ("$entity", change.Entity),
        ("$action", change.Action),
        ("$actor", change.Actor),
        ("$reason", change.Reason),
        ("$at", SqlValues.Time(change.At)));

    /// <inheritdoc />
    public int UpsertGazetteerLines(IEnumerable<(long GeonameId, string Line)> lines) => InTransaction(() =>
    {
        var changed = 0;
        foreach (var (id, line) in lines)
        {
            changed += Execute(
                """
                INSERT INTO gazetteer_entries (geonameid, line) VALUES ($id, $line)
                ON CONFLICT (geonameid) DO UPDATE SET line = excluded.line WHERE line <> excluded.line
                """,
                ("$id", id),
                ("$line", line));
        }

        return changed;
    });

    /// <inheritdoc />
    public IEnumerable<string> GazetteerLines() =>
        Query("SELECT line FROM gazetteer_entries ORDER BY geonameid", r => r.GetString(0));

    /// <inheritdoc />
    public StoreCounts Counts() => new(
        Scalar<long>("SELECT count(*) FROM documents"),
        Scalar<long>("SELECT count(*) FROM claims"),
        Scalar<long>("SELECT count(*) FROM incidents"),
        Scalar<long>("SELECT count(*) FROM tallies"),
        Scalar<long>("SELECT count(*) FROM gazetteer_entries"));

    private List<Change> History(string entity) => Query(
        "SELECT id, entity, action, actor, reason, at FROM changes WHERE entity = $entity ORDER BY id",
        r => new Change(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), SqlValues.Time(r, 5)),
        ("$entity", entity));
}
