using System.Collections.Immutable;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>A dataset row that became a claim.</summary>
/// <param name="Line">The 1-based physical line the row starts on.</param>
/// <param name="ExternalId">A stable id unique to the row within its dataset, e.g. <c>ucdp-ged:114064</c>, for idempotent re-import.</param>
/// <param name="Claim">The claim the row makes; its evidence offsets are into <paramref name="RowText"/>.</param>
/// <param name="SourceName">The outlet the row credits (UCDP's source_office, ACLED's source), or <c>null</c>.</param>
/// <param name="RowText">The row as written in the file, kept as evidence.</param>
public sealed record DatasetRow(int Line, string ExternalId, Claim Claim, string? SourceName, string RowText) : DatasetItem(Line)
{
    /// <summary>Every party the row blames (the claim's perpetrator first); empty when none is named.</summary>
    public ImmutableArray<string> Belligerents { get; init; } = [];

    /// <summary>The grade the dataset gives (Airwars, incident exports), or <c>null</c>.</summary>
    public Grade? Grade { get; init; }

    /// <summary>A belligerent's finding (assessment tables only), or <c>null</c>.</summary>
    public Assessment? Assessment { get; init; }

    /// <summary>The monitor's incident code an assessment answers (e.g. an Airwars code), or <c>null</c>.</summary>
    public string? Answers { get; init; }

    /// <summary>A link to the row's page at the publisher, or <c>null</c>.</summary>
    public Uri? Url { get; init; }

    /// <summary>The incident exactly as exported, when the row came from HarmLedger's own incident CSV; else <c>null</c>.</summary>
    public Incident? Exported { get; init; }
}
