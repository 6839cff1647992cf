using HarmLedger.Model;

namespace HarmLedger.Storage.Sqlite;

/// <summary>Documents and their sources.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public DocumentAdded AddDocument(Document document) => InTransaction(() =>
    {
        var existing = Scalar<long?>("SELECT id FROM documents WHERE sha256 = $sha", ("$sha", document.Sha256));
        if (existing is long id)
        {
            return new DocumentAdded(id, Duplicate: true);
        }

        var sourceId = document.SourceName is null ? (long?)null : SourceId(document.SourceName);
        var newId = Scalar<long>(
            """
            INSERT INTO documents (sha256, raw, text, format, source_id, url, title, published, language, retrieved)
            VALUES ($sha, $raw, $text, $format, $source, $url, $title, $published, $language, $retrieved)
            RETURNING id
            """,
            ("$sha", document.Sha256),
            ("$raw", document.Raw),
            ("$text", document.Text),
            ("$format", document.Format),
            ("$source", sourceId),
            ("$url", document.Url),
            ("$title", document.Title),
            ("$published", SqlValues.Date(document.Published)),
            ("$language", document.Language),
            ("$retrieved", SqlValues.Time(document.Retrieved)));
        return new DocumentAdded(newId, Duplicate: false);
    });

    /// <inheritdoc />
    public Document? GetDocument(long id) => Query(
        """
        SELECT d.id, d.sha256, d.raw, d.text, d.format, s.name, d.url, d.title, d.published, d.language, d.retrieved
        FROM documents d LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = $id
        """,
        r => new Document(
            r.GetInt64(0),
            r.GetString(1),
            (byte[])r.GetValue(2),
            r.GetString(3),
            r.GetString(4),
            SqlValues.Text(r, 5),
            SqlValues.Text(r, 6),
            SqlValues.Text(r, 7),
            SqlValues.Date(r, 8),
            SqlValues.Text(r, 9),
            SqlValues.Time(r, 10)),
        ("$id", id)).SingleOrDefault();

    private long SourceId(string name)
    {
        Execute("INSERT INTO sources (name) VALUES ($name) ON CONFLICT (name) DO NOTHING", ("$name", name));
        return Scalar<long>("SELECT id FROM sources WHERE name = $name", ("$name", name));
    }
}
