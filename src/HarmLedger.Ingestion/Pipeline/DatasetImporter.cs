using System.Text;
using HarmLedger.Ingestion.Datasets;
using HarmLedger.Model;
using HarmLedger.Storage;

namespace HarmLedger.Ingestion.Pipeline;

/// <summary>
/// Imports a monitor's or an official's table: the file is archived as one document, and each row becomes a
/// claim keyed by its dataset id, so a re-import adds only what is new and updates only what changed.
/// </summary>
/// <remarks>
/// Rows are committed in batches: an interrupted import keeps the batches before the interruption, and running
/// it again finishes the job without duplicating anything.
/// </remarks>
public sealed class DatasetImporter(IHarmStore store, IncidentUpdater incidents, TimeProvider time)
{
    /// <summary>Dataset files larger than this are refused (UCDP's global GED is a few hundred megabytes).</summary>
    public const long MaxBytes = 1L << 30;

    private const int BatchRows = 500;

    /// <summary>Imports a file of the given format.</summary>
    /// <exception cref="Csv.CsvHeaderException">The file is not of that format.</exception>
    public ImportOutcome Import(string path, IDatasetReader reader, string sourceName)
    {
        var raw = File.ReadAllBytes(path);
        var text = new UTF8Encoding(false, true).GetString(raw);
        using var items = reader.Read(new StringReader(text)).GetEnumerator();
        var lineStarts = LineStarts(text);
        var document = new Document(
            0, ReportIngestor.Sha256Hex(raw), raw, text, $"dataset:{reader.Format}", sourceName, null, Path.GetFileName(path),
            null, null, time.GetUtcNow());
        var documentId = store.InTransaction(() => store.AddDocument(document).DocumentId);
        var (imported, changed, unchanged, newIncidents) = (0, 0, 0, 0);
        var skipped = new List<DatasetSkip>();
        var more = true;
        while (more)
        {
            store.InTransaction(() =>
            {
                for (var n = 0; n < BatchRows && (more = items.MoveNext()); n++)
                {
                    if (items.Current is DatasetSkip skip)
                    {
                        skipped.Add(skip);
                        continue;
                    }

                    var row = (DatasetRow)items.Current;
                    var claim = InDocument(row, text, lineStarts);
                    var declared = row.Exported is { } exported ? exported.GradeOverride ?? exported.Grade : row.Grade;
                    var (claimId, outcome) = store.UpsertDatasetClaim(
                        documentId, new DatasetClaim(row.ExternalId, claim, AssessmentName(row.Assessment), declared), $"import/{reader.Format}");
                    switch (outcome)
                    {
                        case ClaimUpsert.Added:
                            imported++;
                            newIncidents += Route(claimId, claim, row, documentId) ? 1 : 0;
                            break;
                        case ClaimUpsert.Changed:
                            changed++;
                            Reroute(claimId, claim, row, documentId);
                            break;
                        default:
                            unchanged++;
                            break;
                    }
                }

                return 0;
            });
        }

        return new ImportOutcome(documentId, imported, changed, unchanged, newIncidents, skipped);
    }

    /// <summary>The contract's name for an assessment verdict.</summary>
    public static string? AssessmentName(Assessment? assessment) => assessment switch
    {
        Assessment.NotAssessed => "not-assessed",
        Assessment.Credible => "credible",
        Assessment.NonCredible => "non-credible",
        Assessment.Duplicate => "duplicate",
        _ => null,
    };

    /// <summary>Links a new row's claim; returns whether it started an incident.</summary>
    private bool Route(long claimId, Claim claim, DatasetRow row, long documentId)
    {
        if (claim.Kind == ClaimKind.Tally)
        {
            if (Tally.From(claim, row.SourceName, claim.Date.End, documentId) is { } tally)
            {
                store.AddTally(tally);
            }

            return false;
        }

        // An assessment that names the monitor's incident it answers goes straight to that incident.
        if (row.Answers is string code && AnsweredIncident(code) is long answered)
        {
            store.MoveClaims([claimId], answered, pin: false);
            incidents.Refresh(answered);
            return false;
        }

        var isNew = incidents.Link(claimId, claim, documentId);
        if (isNew && row.Exported?.Status is IncidentStatus status and not IncidentStatus.Automatic &&
            store.IncidentOfClaim(claimId) is long id)
        {
            // An exported incident's review status travels with it.
            store.SetStatus(id, status);
        }

        return isNew;
    }

    private void Reroute(long claimId, Claim claim, DatasetRow row, long documentId)
    {
        var incident = store.IncidentOfClaim(claimId);
        if (incident is long id)
        {
            incidents.Refresh(id);
        }
        else
        {
            Route(claimId, claim, row, documentId);
        }
    }

    private long? AnsweredIncident(string code)
    {
        foreach (var prefix in new[] { "airwars:", "incident:", "" })
        {
            if (store.IncidentOfExternalId(prefix + code) is long id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Shifts the row's evidence from row offsets to document offsets, so it quotes the archived file.</summary>
    private static Claim InDocument(DatasetRow row, string text, List<int> lineStarts)
    {
        if (row.Line < 1 || row.Line > lineStarts.Count)
        {
            return row.Claim;
        }

        var offset = lineStarts[row.Line - 1];
        if (offset + row.RowText.Length > text.Length || string.CompareOrdinal(text, offset, row.RowText, 0, row.RowText.Length) != 0)
        {
            return row.Claim;
        }

        return row.Claim with { Evidence = [.. row.Claim.Evidence.Select(e => e with { Start = e.Start + offset, End = e.End + offset })] };
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }
}
