using System.Text;

namespace HarmLedger.Ingestion.Reading;

/// <summary>Turns a report's raw bytes into its text: checks size, binary content and encoding, then reads by format.</summary>
public sealed class ReportReader(ReaderOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The formats read, by file extension.</summary>
    public static readonly IReadOnlyDictionary<string, string> FormatsByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text",
        [".text"] = "text",
        [".md"] = "markdown",
        [".markdown"] = "markdown",
        [".html"] = "html",
        [".htm"] = "html",
    };

    /// <summary>Reads a report of a known format.</summary>
    /// <exception cref="ReportReadException">The bytes are empty, too large, binary, not UTF-8, or hold no text.</exception>
    public ReadReport Read(ReadOnlySpan<byte> raw, string format)
    {
        CheckSize(raw.Length);
        if (raw.IsEmpty)
        {
            throw new ReportReadException("empty file");
        }

        var text = Decode(raw);
        var report = format switch
        {
            "html" => HtmlArticle.Read(text),
            "markdown" => new ReadReport(MarkdownText.Read(text), format, null),
            _ => new ReadReport(PlainText.Normalise(text), "text", null),
        };
        return string.IsNullOrWhiteSpace(report.Text) ? throw new ReportReadException("no text in the report") : report;
    }

    /// <summary>Throws when a report of this many bytes is over the limit.</summary>
    public void CheckSize(long length)
    {
        if (length > options.MaxBytes)
        {
            throw new ReportReadException($"too large: {length:N0} bytes, over the limit of {options.MaxBytes:N0}");
        }
    }

    private static string Decode(ReadOnlySpan<byte> raw)
    {
        if (LooksBinary(raw))
        {
            throw new ReportReadException("binary content, not a text report");
        }

        try
        {
            var text = StrictUtf8.GetString(raw);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            throw new ReportReadException($"not valid UTF-8 (at byte {ex.Index})", ex);
        }
    }

    /// <summary>NUL bytes, or many control characters in the first 8 KiB, mark a file as binary.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> raw)
    {
        var head = raw[..Math.Min(raw.Length, 8192)];
        if (head.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return control * 20 > head.Length;
    }
}
