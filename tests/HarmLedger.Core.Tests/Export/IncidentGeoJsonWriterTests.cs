using System.Text.Json;
using HarmLedger.Export;

namespace HarmLedger.Core.Tests.Export;

public sealed class IncidentGeoJsonWriterTests
{
    [Fact]
    public void Write_IncidentWithPlace_IsAPointAtLonLatRoundedToSixDecimals()
    {
        using var stream = new MemoryStream();

        IncidentGeoJsonWriter.Write(stream, [IncidentSamples.Awkward()]);

        using var json = JsonDocument.Parse(stream.ToArray());
        var feature = json.RootElement.GetProperty("features")[0];
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(40.452, coordinates[0].GetDouble());
        Assert.Equal(35.020712, coordinates[1].GetDouble());
        Assert.False(json.RootElement.TryGetProperty("crs", out _));
    }

    [Fact]
    public void Write_IncidentWithoutPlace_HasNullGeometry()
    {
        using var stream = new MemoryStream();

        IncidentGeoJsonWriter.Write(stream, [IncidentSamples.Bare()]);

        using var json = JsonDocument.Parse(stream.ToArray());
        var feature = json.RootElement.GetProperty("features")[0];
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
    }

    [Fact]
    public void Write_Properties_CarryTheCsvFieldsWithTypes()
    {
        using var stream = new MemoryStream();

        IncidentGeoJsonWriter.Write(stream, [IncidentSamples.Awkward()]);

        using var json = JsonDocument.Parse(stream.ToArray());
        var properties = json.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(24, properties.GetProperty("killed_civilians_min").GetInt32());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("killed_civilians_max").ValueKind);
        Assert.Equal("under-review", properties.GetProperty("status").GetString());
        Assert.Equal("=HYPERLINK(\"x\")", properties.GetProperty("admin1").GetString());
    }

    [Fact]
    public void Write_NonAsciiNames_AreWrittenAsTheyAre()
    {
        using var stream = new MemoryStream();
        var incident = IncidentSamples.Awkward() with { Place = IncidentSamples.Awkward().Place! with { Name = "Sāmarrā’ سامراء" } };

        IncidentGeoJsonWriter.Write(stream, [incident]);

        Assert.Contains("Sāmarrā’ سامراء", System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
