namespace HarmLedger.Storage.Sqlite;

/// <summary>The SQLite schema as numbered migrations, applied in order and never edited once released.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL DEFAULT 'unknown',
                country TEXT
            );
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,
                raw BLOB NOT NULL,
                text TEXT NOT NULL,
                format TEXT NOT NULL,
                source_id INTEGER REFERENCES sources(id),
                url TEXT,
                title TEXT,
                published TEXT,
                language TEXT,
                retrieved TEXT NOT NULL
            );
            CREATE TABLE incidents (
                id INTEGER PRIMARY KEY,
                status TEXT NOT NULL,
                grade TEXT NOT NULL,
                date_start TEXT,
                date_end TEXT,
                date_precision TEXT,
                place TEXT,
                country TEXT,
                lat REAL,
                lon REAL,
                belligerents TEXT NOT NULL,
                killed TEXT,
                injured TEXT,
                created TEXT NOT NULL,
                updated TEXT NOT NULL
            );
            CREATE INDEX incidents_date ON incidents(date_start, date_end);
            CREATE TABLE claims (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents(id),
                incident_id INTEGER REFERENCES incidents(id),
                kind TEXT NOT NULL,
                perpetrator TEXT,
                weapon TEXT,
                date_start TEXT,
                date_end TEXT,
                date_precision TEXT,
                place TEXT,
                killed TEXT,
                injured TEXT,
                attribution TEXT NOT NULL,
                evidence TEXT NOT NULL,
                confidence REAL NOT NULL,
                extractor TEXT,
                analyst TEXT
            );
            CREATE INDEX claims_document ON claims(document_id);
            CREATE INDEX claims_incident ON claims(incident_id);
            CREATE TABLE tallies (
                id INTEGER PRIMARY KEY,
                reporter TEXT,
                belligerent TEXT,
                country TEXT,
                killed TEXT NOT NULL,
                as_of TEXT,
                document_id INTEGER NOT NULL REFERENCES documents(id)
            );
            CREATE TABLE changes (
                id INTEGER PRIMARY KEY,
                entity TEXT NOT NULL,
                action TEXT NOT NULL,
                actor TEXT NOT NULL,
                reason TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX changes_entity ON changes(entity);
            CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
                BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
            CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
                BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
            CREATE TABLE gazetteer_entries (
                geonameid INTEGER PRIMARY KEY,
                line TEXT NOT NULL
            );
            """),
        (2, """
            ALTER TABLE incidents ADD COLUMN grade_override TEXT;
            ALTER TABLE incidents ADD COLUMN merged_into INTEGER REFERENCES incidents(id);
            ALTER TABLE claims ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE claims ADD COLUMN external_id TEXT;
            ALTER TABLE claims ADD COLUMN assessment TEXT;
            ALTER TABLE claims ADD COLUMN fingerprint TEXT;
            CREATE UNIQUE INDEX claims_external ON claims(external_id) WHERE external_id IS NOT NULL;
            CREATE INDEX incidents_status ON incidents(status);
            """),
        (3, """
            ALTER TABLE claims ADD COLUMN declared_grade TEXT;
            """),
    ];
}
