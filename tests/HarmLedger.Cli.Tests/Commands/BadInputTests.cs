namespace HarmLedger.Cli.Tests.Commands;

/// <summary>Bad input gets a one-line error naming the file, a non-zero exit, and loses nothing already stored.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodReport = "An air strike on Monday killed 4 civilians in Mayadin, Syria.";
    private readonly TempFolder _dir = new();

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "empty file" },
        { "binary", "binary content" },
        { "huge", "too large" },
        { "latin1", "not valid UTF-8" },
        { "badsidecar", "malformed sidecar JSON" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Ingest_BadFile_OneLineErrorNamingFileAndNonZeroExit(string kind, string reason)
    {
        var path = MakeBadFile(kind);

        var run = CliRun.Of("ingest", "--db", _dir.Db, path);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Ingest_BadFileAfterGoodOne_KeepsWhatWasStored(string kind, string reason)
    {
        var good = _dir.Write("good.txt", GoodReport);
        Assert.Equal(0, CliRun.Of("ingest", "--db", _dir.Db, good).ExitCode);
        var bad = MakeBadFile(kind);

        var run = CliRun.Of("ingest", "--db", _dir.Db, "--json", bad);
        var again = CliRun.Of("ingest", "--db", _dir.Db, "--json", good);

        Assert.Contains(reason, run.Out, StringComparison.Ordinal);
        Assert.Contains("\"ingested\":0", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"duplicates\":1", again.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Extract_BadFile_ExitsTwoWithReason(string kind, string reason)
    {
        if (kind == "badsidecar")
        {
            return; // extract reads no sidecar: its metadata comes from flags.
        }

        var path = MakeBadFile(kind);

        var run = CliRun.Of("extract", "--json", path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Ingest_StoreFileThatIsNotADatabase_FailsWithoutTouchingIt()
    {
        var notes = _dir.Write("notes.db", "my notes, not a database");
        var good = _dir.Write("good.txt", GoodReport);

        var run = CliRun.Of("ingest", "--db", notes, good);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("notes.db: not a HarmLedger store", line, StringComparison.Ordinal);
        Assert.Equal("my notes, not a database", File.ReadAllText(notes));
    }

    [Fact]
    public void Incidents_MissingStore_FailsSayingHowToCreateOne()
    {
        var run = CliRun.Of("incidents", "--db", _dir.File("nothing.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("harmledger init", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("nothing.db")));
    }

    [Theory]
    [InlineData("extract", "--published", "27/06/2017")]
    [InlineData("incidents", "--grade", "excellent")]
    [InlineData("frobnicate")]
    public void Run_BadArguments_ExitsTwo(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Fact]
    public void Ingest_MissingPath_IsSkippedWithReason()
    {
        var run = CliRun.Of("ingest", "--db", _dir.Db, _dir.File("absent.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.txt: no such file or folder", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();

    private string MakeBadFile(string kind) => kind switch
    {
        "empty" => _dir.Write("empty.txt", []),
        "binary" => _dir.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48]),
        "huge" => MakeHuge(),
        "latin1" => _dir.Write("latin1.txt", [.. "Frappe a"u8, 0xE9, .. "rienne"u8]),
        "badsidecar" => MakeWithBadSidecar(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private string MakeHuge()
    {
        var path = _dir.File("huge.txt");
        using var file = File.Create(path);
        var line = "A strike killed 3 civilians in a town. "u8.ToArray();
        for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
        {
            file.Write(line);
        }

        return path;
    }

    private string MakeWithBadSidecar()
    {
        _dir.Write("report.meta.json", "{\"published\": \"2017-06-27\", ");
        return _dir.Write("report.txt", GoodReport);
    }
}
