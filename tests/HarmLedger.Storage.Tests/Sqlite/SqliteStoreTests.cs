using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Storage.Tests.Sqlite;

public sealed class SqliteStoreTests : StoreTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harmledger-store-").FullName;
    private int _stores;

    protected override IHarmStore NewStore() => SqliteStore.Open(Path.Combine(_dir, $"s{_stores++}.db"));

    [Fact]
    public void Open_FileThatIsNotADatabase_ThrowsNamingTheFileAndLeavesItAlone()
    {
        var path = Path.Combine(_dir, "notes.db");
        File.WriteAllText(path, "these are somebody's notes, not a database");

        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(path));

        Assert.Contains("notes.db", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a HarmLedger store", ex.Message, StringComparison.Ordinal);
        Assert.Equal("these are somebody's notes, not a database", File.ReadAllText(path));
    }

    [Fact]
    public void Open_OtherApplicationsSqliteDatabase_IsRefused()
    {
        var path = Path.Combine(_dir, "other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE accounts (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(path));

        Assert.Contains("another application", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFileWithoutCreate_ThrowsAndCreatesNothing()
    {
        var path = Path.Combine(_dir, "missing.db");

        Assert.Throws<StoreException>(() => SqliteStore.Open(path, create: false));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Open_ExistingStore_KeepsItsDocuments()
    {
        var path = Path.Combine(_dir, "kept.db");
        using (var store = SqliteStore.Open(path))
        {
            store.AddDocument(Doc("first report"));
        }

        using var reopened = SqliteStore.Open(path);

        Assert.Equal(1, reopened.Counts().Documents);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
