using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HarmLedger.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, migrated to the current schema on open.</summary>
/// <remarks>One instance holds one connection and is not thread-safe; open one per thread or request.</remarks>
public sealed partial class SqliteStore : IHarmStore
{
    /// <summary>Written into the file header so a HarmLedger store can be told from any other SQLite file ("HLGR").</summary>
    private const long ApplicationId = 0x484C4752;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private SqliteStore(SqliteConnection connection)
    {
        _connection = connection;
    }

    /// <summary>The schema version this code writes.</summary>
    public static int SchemaVersion => SqliteMigrations.All[^1].Version;

    /// <summary>Opens (and, when <paramref name="create"/> is true, creates) the store at a path.</summary>
    /// <exception cref="StoreException">The file is missing, is not a HarmLedger store, or cannot be opened.</exception>
    public static SqliteStore Open(string path, bool create = true)
    {
        var full = Path.GetFullPath(path);
        var exists = File.Exists(full);
        if (!exists && !create)
        {
            throw new StoreException($"{path}: no store here; create one with 'harmledger init --db {path}'");
        }

        if (exists)
        {
            CheckHeader(path, full);
        }
        else
        {
            var dir = Path.GetDirectoryName(full);
            if (dir is not null && !Directory.Exists(dir))
            {
                throw new StoreException($"{path}: folder {dir} does not exist");
            }
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteStore(connection);
            store.Prepare(path);
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the store ({ex.Message.TrimEnd('.')})", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public T InTransaction<T>(Func<T> work)
    {
        if (_transaction is not null)
        {
            return work();
        }

        _transaction = _connection.BeginTransaction();
        try
        {
            var result = work();
            _transaction.Commit();
            return result;
        }
        catch
        {
            _transaction.Rollback();
            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static void CheckHeader(string path, string full)
    {
        var header = new byte[SqliteHeader.Length];
        int read;
        using (var file = File.OpenRead(full))
        {
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        // An empty file is what some tools leave behind when creating a database; SQLite accepts it.
        if (read > 0 && (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
        {
            throw new StoreException($"{path}: not a HarmLedger store (the file is not a SQLite database)");
        }
    }

    private void Prepare(string path)
    {
        Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
        var appId = Scalar<long>("PRAGMA application_id");
        var tables = Scalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        if (appId != ApplicationId && (appId != 0 || tables > 0))
        {
            throw new StoreException($"{path}: not a HarmLedger store (a SQLite database of another application)");
        }

        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        Migrate(path);
    }

    private void Migrate(string path)
    {
        var current = Scalar<long>("PRAGMA user_version");
        if (current > SchemaVersion)
        {
            throw new StoreException(
                $"{path}: store schema version {current} is newer than this HarmLedger ({SchemaVersion}); upgrade HarmLedger");
        }

        foreach (var (version, sql) in SqliteMigrations.All.Where(m => m.Version > current))
        {
            InTransaction(() =>
            {
                Execute(sql);
                Execute($"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)}");
                Execute($"PRAGMA application_id = {ApplicationId.ToString(CultureInfo.InvariantCulture)}");
                return 0;
            });
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
