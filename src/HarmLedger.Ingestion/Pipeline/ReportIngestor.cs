using System.Security.Cryptography;
using HarmLedger.Extraction;
using HarmLedger.Ingestion.Reading;
using HarmLedger.Model;
using HarmLedger.Storage;

namespace HarmLedger.Ingestion.Pipeline;

/// <summary>Carries one report through the pipeline: read, archive, extract, link — all in one transaction.</summary>
/// <remarks>A report that fails any step leaves the store as it was; the outcome says why it was skipped.</remarks>
public sealed class ReportIngestor(IHarmStore store, IClaimExtractor extractor, ReportReader reader, IncidentUpdater incidents, TimeProvider time)
{
    /// <summary>Ingests a report file, taking metadata from its sidecar first and the defaults second.</summary>
    public IngestOutcome IngestFile(string path, Sidecar defaults)
    {
        try
        {
            var format = ReportReader.FormatsByExtension.GetValueOrDefault(Path.GetExtension(path))
                ?? throw new ReportReadException($"not a report format ({string.Join(", ", ReportReader.FormatsByExtension.Keys)})");
            reader.CheckSize(new FileInfo(path).Length);
            var raw = File.ReadAllBytes(path);
            var sidecarPath = Sidecar.PathFor(path);
            var meta = File.Exists(sidecarPath) ? ReadSidecar(sidecarPath).Or(defaults) : defaults;
            return Ingest(path, raw, format, meta);
        }
        catch (ReportReadException ex)
        {
            return new IngestOutcome(path, null, false, ex.Message, 0, 0);
        }
        catch (IOException ex)
        {
            return new IngestOutcome(path, null, false, $"cannot read the file ({ex.Message.TrimEnd('.')})", 0, 0);
        }
        catch (UnauthorizedAccessException)
        {
            return new IngestOutcome(path, null, false, "permission denied", 0, 0);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            // A fault in extraction or linking rolls the report back; the rest of the batch goes on.
            return new IngestOutcome(path, null, false, $"extraction failed ({ex.GetType().Name}: {ex.Message}); nothing stored, please report it", 0, 0);
        }
    }

    /// <summary>Ingests a report's raw bytes.</summary>
    /// <exception cref="ReportReadException">The bytes cannot be read as a report of that format.</exception>
    public IngestOutcome Ingest(string label, byte[] raw, string format, Sidecar meta)
    {
        var read = reader.Read(raw, format);
        var document = new Document(
            0, Sha256Hex(raw), raw, read.Text, read.Format, meta.Source, meta.Url, meta.Title ?? read.Title,
            meta.Published, "en", time.GetUtcNow());
        return store.InTransaction(() =>
        {
            var added = store.AddDocument(document);
            if (added.Duplicate)
            {
                return new IngestOutcome(label, added.DocumentId, true, null, 0, 0);
            }

            var claims = extractor.Extract(document.Text, document.Published, document.SourceName).Claims;
            var ids = store.ReplaceExtractedClaims(added.DocumentId, extractor.Version, claims);
            var newIncidents = 0;
            for (var i = 0; i < claims.Count; i++)
            {
                newIncidents += Route(ids[i], claims[i], added.DocumentId, document.Published) ? 1 : 0;
            }

            return new IngestOutcome(label, added.DocumentId, false, null, claims.Count, newIncidents);
        });
    }

    /// <summary>The lower-case hex SHA-256 that identifies a document.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> raw) => Convert.ToHexStringLower(SHA256.HashData(raw));

    /// <summary>Sends an incident claim to the linker and a tally claim to the tallies; returns whether an incident was made.</summary>
    private bool Route(long claimId, Claim claim, long documentId, DateOnly? published)
    {
        switch (claim.Kind)
        {
            case ClaimKind.Incident:
                return incidents.Link(claimId, claim, documentId);
            case ClaimKind.Tally when Tally.From(claim, claim.Attribution.FirstOrDefault(), published, documentId) is { } tally:
                store.AddTally(tally);
                return false;
            default:
                return false;
        }
    }

    private static Sidecar ReadSidecar(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > Sidecar.MaxBytes)
        {
            throw new ReportReadException($"{Path.GetFileName(path)}: sidecar too large ({info.Length:N0} bytes)");
        }

        try
        {
            return Sidecar.Parse(File.ReadAllBytes(path));
        }
        catch (ReportReadException ex)
        {
            throw new ReportReadException($"{Path.GetFileName(path)}: {ex.Message}", ex);
        }
    }
}
