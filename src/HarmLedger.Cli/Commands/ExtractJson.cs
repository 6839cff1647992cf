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
        writer.WriteStartObject("document"u8);
        writer.WriteString("sha256"u8, sha256);
        if (published is DateOnly day)
        {
            // The round-trip format of a day is yyyy-MM-dd, written straight to UTF-8 with no custom format to parse.
            Span<byte> utf8 = stackalloc byte[10];
            _ = day.TryFormat(utf8, out var length, "O", CultureInfo.InvariantCulture);
            writer.WriteString("published"u8, utf8[..length]);
        }
        else
        {
            writer.WriteNull("published"u8);
        }

        writer.WriteNumber("chars"u8, chars);
        writer.WriteEndObject();
        writer.WriteStartArray("claims"u8);
        foreach (var claim in claims)
        {
            ClaimJson.WriteClaim(writer, claim);
        }

        writer.WriteEndArray();
    }
}
