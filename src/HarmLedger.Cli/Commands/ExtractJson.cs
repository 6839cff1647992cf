using System.Globalization;
using System.Text.Json;
using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Cli.Commands;

/// <summary>Writes the <c>document</c> and <c>claims</c> members of the <c>extract</c> contract.</summary>
internal static class ExtractJson
{
    public static void WriteBody(Utf8JsonWriter writer, string sha256, DateOnly? published, int chars, IReadOnlyList<Claim> claims)
    {
        writer.WriteStartObject("document");
        writer.WriteString("sha256", sha256);
        if (published is DateOnly day)
        {
            writer.WriteString("published", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("published");
        }

        writer.WriteNumber("chars", chars);
        writer.WriteEndObject();
        writer.WriteStartArray("claims");
        foreach (var claim in claims)
        {
            ClaimJson.WriteClaim(writer, claim);
        }

        writer.WriteEndArray();
    }
}
