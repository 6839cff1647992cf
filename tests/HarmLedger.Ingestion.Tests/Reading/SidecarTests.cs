using System.Text;
using HarmLedger.Ingestion.Reading;

namespace HarmLedger.Ingestion.Tests.Reading;

public sealed class SidecarTests
{
    [Fact]
    public void Parse_AllFields_ReadsThem()
    {
        var json = """{"published":"2017-06-27","source":"Deirezzor24","url":"https://example.org/a","title":"T"}""";

        var sidecar = Sidecar.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(new Sidecar(new DateOnly(2017, 6, 27), "Deirezzor24", "https://example.org/a", "T"), sidecar);
    }

    [Fact]
    public void Parse_IsoDateTime_TakesItsDate()
    {
        var sidecar = Sidecar.Parse("""{"published":"2017-06-27T08:15:00Z"}"""u8);

        Assert.Equal(new DateOnly(2017, 6, 27), sidecar.Published);
    }

    [Theory]
    [InlineData("{\"published\": \"2017-06-27\"", "malformed sidecar JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"published\": \"27/06/2017\"}", "is not YYYY-MM-DD")]
    [InlineData("{\"source\": 42}", "must be a string")]
    public void Parse_Malformed_FailsSayingWhy(string json, string expected)
    {
        var ex = Assert.Throws<ReportReadException>(() => Sidecar.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathFor_Report_IsBesideItWithMetaJson()
    {
        var path = Sidecar.PathFor(Path.Combine("reports", "mayadin.txt"));

        Assert.Equal(Path.Combine("reports", "mayadin.meta.json"), path);
    }
}
