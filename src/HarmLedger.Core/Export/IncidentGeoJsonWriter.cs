using System.Text.Encodings.Web;
using System.Text.Json;
using HarmLedger.Model;

namespace HarmLedger.Export;

/// <summary>Writes incidents as an RFC 7946 GeoJSON FeatureCollection of points.</summary>
/// <remarks>
/// Each incident is a Feature whose geometry is a Point at <c>[lon, lat]</c> rounded to six
/// decimals (about 0.1 m), or a <c>null</c> geometry when it has no place; its properties are
/// the columns of <see cref="IncidentColumns"/> with the same names and values as the CSV.
/// No <c>crs</c> member is written: RFC 7946 coordinates are WGS84.
/// </remarks>
public static class IncidentGeoJsonWriter
{
    private const int FlushEvery = 256;

    /// <summary>Writes the collection to a stream as UTF-8, flushing as it goes.</summary>
    public static void Write(Stream stream, IEnumerable<Incident> incidents)
    {
        // Names stay readable (Arabic, diacritics) rather than \u-escaped; the file is data, not HTML.
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        var count = 0;
        foreach (var incident in incidents)
        {
            WriteFeature(writer, incident);
            if (++count % FlushEvery == 0)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes one incident as a Feature.</summary>
    public static void WriteFeature(Utf8JsonWriter writer, Incident incident)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteNumber("id", incident.Id);
        writer.WritePropertyName("geometry");
        if (incident.Place is { } place)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Point");
            writer.WriteStartArray("coordinates");
            writer.WriteNumberValue(Math.Round(place.Lon, 6));
            writer.WriteNumberValue(Math.Round(place.Lat, 6));
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartObject("properties");
        var values = IncidentFields.Of(incident);
        for (var i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(IncidentColumns.All[i].Name);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case double number:
                writer.WriteNumberValue(Math.Round(number, 6));
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
