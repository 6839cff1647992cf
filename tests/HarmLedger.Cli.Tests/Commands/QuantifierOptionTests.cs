using System.Text.Json;

namespace HarmLedger.Cli.Tests.Commands;

/// <summary><c>--quantifiers FILE</c>: a codebook's own ranges for vague words.</summary>
public sealed class QuantifierOptionTests : IDisposable
{
    private const string Report = "An air strike killed dozens of civilians in the village, residents said.";

    private readonly TempFolder _dir = new();

    [Fact]
    public void Extract_WithACodebook_UsesItsRange()
    {
        var text = _dir.Write("report.txt", Report);
        var table = _dir.Write("codebook.tsv", "# our codebook\ndozens of\t12\t99\n");

        var run = CliRun.Of("extract", text, "--json", "--quantifiers", table, "--db", _dir.Db);
        var civilians = Civilians(run.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(12, civilians.GetProperty("min").GetInt32());
        Assert.Equal(99, civilians.GetProperty("max").GetInt32());
    }

    [Fact]
    public void Extract_WithoutACodebook_UsesTheDefaults()
    {
        var text = _dir.Write("report.txt", Report);

        var run = CliRun.Of("extract", text, "--json", "--db", _dir.Db);

        Assert.Equal(24, Civilians(run.Out).GetProperty("min").GetInt32());
    }

    [Theory]
    [InlineData("dozens of\ttwelve\t99\n", "line 1")]
    [InlineData("", "")]
    public void Extract_BadOrMissingCodebook_FailsWithTheFileNamed(string content, string detail)
    {
        var text = _dir.Write("report.txt", Report);
        var table = content.Length > 0 ? _dir.Write("codebook.tsv", content) : _dir.File("missing.tsv");

        var run = CliRun.Of("extract", text, "--json", "--quantifiers", table, "--db", _dir.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(table, line, StringComparison.Ordinal);
        Assert.Contains(detail, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WithABadCodebook_StoresNothing()
    {
        var text = _dir.Write("report.txt", Report);
        var table = _dir.Write("codebook.tsv", "dozens of\t30\t20\n");

        var run = CliRun.Of("ingest", text, "--quantifiers", table, "--db", _dir.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(_dir.Db));
    }

    public void Dispose() => _dir.Dispose();

    private static JsonElement Civilians(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var claim = doc.RootElement.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "incident");
        return claim.GetProperty("killed").GetProperty("civilians").Clone();
    }
}
