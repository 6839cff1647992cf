using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HarmLedger.Cli.Commands;

namespace HarmLedger.Cli.Tests.Commands;

public sealed class BatchExtractionTests
{
    [Fact]
    public void Run_MixedGoodAndBadLines_OneOutputLinePerInputInOrder()
    {
        var input = string.Join('\n',
            """{"id":"a","text":"A strike killed 3 civilians.","published":"2020-03-01"}""",
            "not json",
            """{"id":7,"published":"2020-03-01"}""",
            """{"id":"d","text":"Quiet day.","published":"01/03/2020"}""",
            """{"id":"e","text":"Second good line.","published":null}""") + "\n";

        var lines = Run(input, workers: 2);

        Assert.Equal(5, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("2020-03-01", lines[0].GetProperty("document").GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("id").ValueKind);
        Assert.StartsWith("not JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.Contains("text", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(17, lines[4].GetProperty("document").GetProperty("chars").GetInt32());
    }

    [Fact]
    public void Run_ManyLinesOnSeveralWorkers_KeepsInputOrder()
    {
        var input = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            input.Append($$"""{"id":"{{i}}","text":"Report number {{i}}.","published":null}""").Append('\n');
        }

        var lines = Run(input.ToString(), workers: 4);

        Assert.Equal(Enumerable.Range(0, 3000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            lines.Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public void Run_LineOverTheBound_GetsAnErrorLineAndTheBatchGoesOn()
    {
        var huge = new string('x', BatchExtraction.MaxLineBytes + 10);
        var input = $"{{\"id\":\"big\",\"text\":\"{huge}\"}}\n{{\"id\":\"next\",\"text\":\"ok\"}}\n";

        var lines = Run(input, workers: 1);

        Assert.Equal(2, lines.Count);
        Assert.Contains("longer than", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("next", lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public void Run_TextWithAndWithoutEscapes_HashesTheSameUtf8()
    {
        var input = """
            {"id":"plain","text":"Café – 3 killed"}
            {"id":"escaped","text":"Caf\u00e9 \u2013 3 killed"}

            """;

        var lines = Run(input, workers: 1);

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Café – 3 killed")));
        Assert.Equal(expected, lines[0].GetProperty("document").GetProperty("sha256").GetString());
        Assert.Equal(expected, lines[1].GetProperty("document").GetProperty("sha256").GetString());
    }

    private static List<JsonElement> Run(string input, int workers)
    {
        using var output = new MemoryStream();
        new BatchExtraction(ExtractorFactory.Create(null), workers).Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);
        return [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
