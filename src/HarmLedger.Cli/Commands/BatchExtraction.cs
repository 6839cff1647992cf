using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HarmLedger.Extraction;

namespace HarmLedger.Cli.Commands;

/// <summary>
/// <c>extract --batch</c>: JSON Lines in, one result line per input line out, in input order.
/// Lines are read in bounded chunks and each chunk is extracted on every worker, so memory stays flat.
/// </summary>
internal sealed class BatchExtraction(IClaimExtractor extractor, int workers)
{
    /// <summary>The longest input line accepted (a 16 MiB document is far beyond any report).</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private const int ChunkLines = 1024;
    private const long ChunkBytes = 8 * 1024 * 1024;

    private static readonly JsonDocumentOptions LineOptions = new() { MaxDepth = 16 };

    public void Run(Stream input, Stream output)
    {
        // Three stages overlap: the next chunk is read and the last one written while this one is extracted.
        var reader = new BoundedLineReader(input, MaxLineBytes);
        var next = Task.Run(() => ReadChunk(reader));
        var written = Task.CompletedTask;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        while (true)
        {
            var chunk = next.Result;
            if (chunk.Count == 0)
            {
                break;
            }

            next = Task.Run(() => ReadChunk(reader));
            var results = new byte[chunk.Count][];
            Parallel.For(
                0, chunk.Count, options, () => new ArrayBufferWriter<byte>(1 << 16),
                (i, _, buffer) =>
                {
                    results[i] = Process(chunk[i], buffer);
                    return buffer;
                },
                _ => { });
            written.GetAwaiter().GetResult();
            written = Task.Run(() => Write(output, results));
        }

        written.GetAwaiter().GetResult();
    }

    private static void Write(Stream output, byte[][] results)
    {
        foreach (var result in results)
        {
            output.Write(result);
        }

        output.Flush();
    }

    /// <summary>Extracts one input line into one output line, or an error line that keeps the batch going.</summary>
    /// <param name="buffer">Scratch space for the line, reused by the worker from one line to the next.</param>
    public byte[] Process(byte[]? line, ArrayBufferWriter<byte> buffer)
    {
        try
        {
            return Build(buffer, line);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A fault in the extractor costs this document, not the batch: say so on its line and go on.
            return Build(buffer, null, $"extraction failed ({ex.GetType().Name}: {ex.Message}); please report it", IdOf(line));
        }
    }

    private static JsonElement? IdOf(byte[]? line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line ?? []);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) ? id.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private byte[] Build(ArrayBufferWriter<byte> buffer, byte[]? line, string? error = null, JsonElement? errorId = null)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (error is not null)
            {
                WriteError(writer, errorId, error);
            }
            else if (line is null)
            {
                WriteError(writer, null, $"line longer than {MaxLineBytes:N0} bytes");
            }
            else
            {
                WriteResult(writer, line);
            }

            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private void WriteResult(Utf8JsonWriter writer, byte[] line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, LineOptions);
        }
        catch (JsonException ex)
        {
            WriteError(writer, null, $"not JSON ({ex.Message.Split('.')[0]})");
            return;
        }

        using (doc)
        {
            var root = doc.RootElement;
            JsonElement? id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var i) ? i : null;
            var (text, published, error) = Parse(root);
            if (error is not null || text is null)
            {
                WriteError(writer, id, error ?? "missing \"text\" string");
                return;
            }

            var claims = extractor.Extract(text, published, null).Claims;
            WriteId(writer, id);
            ExtractJson.WriteBody(writer, Sha256Hex(root.GetProperty("text"), text), published, text.Length, claims);
        }
    }

    /// <summary>The SHA-256 of the text's UTF-8, hashed straight from the input line when the JSON string has no escapes.</summary>
    /// <remarks>The reader has checked the line is valid UTF-8, so its unescaped bytes are exactly the text's UTF-8.</remarks>
    private static string Sha256Hex(JsonElement element, string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length >= 2 && raw[0] == (byte)'"' && !raw.Contains((byte)'\\'))
        {
            SHA256.HashData(raw[1..^1], hash);
            return Convert.ToHexStringLower(hash);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, buffer);
        SHA256.HashData(buffer.AsSpan(0, length), hash);
        ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToHexStringLower(hash);
    }

    private static (string? Text, DateOnly? Published, string? Error) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null, "a line must be a JSON object");
        }

        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return (null, null, "missing \"text\" string");
        }

        if (!root.TryGetProperty("published", out var published) || published.ValueKind == JsonValueKind.Null)
        {
            return (text.GetString(), null, null);
        }

        return published.ValueKind == JsonValueKind.String &&
               DateOnly.TryParseExact(published.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (text.GetString(), day, null)
            : (null, null, "\"published\" must be YYYY-MM-DD or null");
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement? id, string error)
    {
        WriteId(writer, id);
        writer.WriteString("error"u8, error);
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id"u8);
        if (id is JsonElement value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static List<byte[]?> ReadChunk(BoundedLineReader reader)
    {
        var chunk = new List<byte[]?>(ChunkLines);
        long bytes = 0;
        while (chunk.Count < ChunkLines && bytes < ChunkBytes && reader.TryReadLine(out var line))
        {
            chunk.Add(line);
            bytes += line?.Length ?? 0;
        }

        return chunk;
    }
}
