using HarmLedger.Model;

namespace HarmLedger.Storage;

/// <summary>The store every stage reads and writes: documents, claims, incidents, tallies and their history.</summary>
/// <remarks>
/// Implementations keep documents once per SHA-256 and never delete an analyst's claims or the history.
/// Calls made inside <see cref="InTransaction{T}"/> commit together or not at all.
/// </remarks>
public interface IHarmStore : IDisposable
{
    /// <summary>Runs work in one transaction: everything it stores commits together, or nothing does.</summary>
    T InTransaction<T>(Func<T> work);

    /// <summary>Stores a document unless the same bytes are stored already.</summary>
    DocumentAdded AddDocument(Document document);

    /// <summary>The document with this id, or <c>null</c>.</summary>
    Document? GetDocument(long id);

    /// <summary>Replaces the claims an extractor made from a document; analysts' claims and other extractors' stay.</summary>
    /// <returns>The ids of the new claims, in the order given.</returns>
    IReadOnlyList<long> ReplaceExtractedClaims(long documentId, string extractor, IReadOnlyList<Claim> claims);

    /// <summary>Incidents whose date range overlaps the window, or whose date is unknown, for the linker to consider.</summary>
    /// <param name="excludeDocument">Leave out incidents that already hold an incident claim from this document:
    /// a document's own incident claims (an article's several strikes, a dataset's rows) are distinct events.</param>
    IReadOnlyList<Incident> IncidentCandidates(DateOnly? from, DateOnly? to, long excludeDocument);

    /// <summary>Stores a new incident and returns its id.</summary>
    long AddIncident(Incident incident);

    /// <summary>Overwrites an incident's reconciled fields (date, place, belligerents, figures, grade).</summary>
    /// <remarks>The status and an analyst's grade override are left as they are.</remarks>
    void UpdateIncident(Incident incident);

    /// <summary>Links a claim to an incident.</summary>
    void AttachClaim(long claimId, long incidentId);

    /// <summary>The claims linked to an incident, oldest first.</summary>
    IReadOnlyList<StoredClaim> ClaimsOfIncident(long incidentId);

    /// <summary>Moves claims to an incident; pinned claims are an analyst's decision that the linker never undoes.</summary>
    void MoveClaims(IReadOnlyCollection<long> claimIds, long incidentId, bool pin);

    /// <summary>Sets an incident's review status.</summary>
    void SetStatus(long incidentId, IncidentStatus status);

    /// <summary>Sets (or, with <c>null</c>, clears) an analyst's grade, which the grading rules then leave alone.</summary>
    void SetGradeOverride(long incidentId, Grade? grade);

    /// <summary>Marks an incident as merged into another: archived, and never offered to the linker again.</summary>
    void MarkMerged(long incidentId, long into);

    /// <summary>Stores the claim of a dataset row by its external id: added, changed (updated in place), or unchanged.</summary>
    (long ClaimId, ClaimUpsert Outcome) UpsertDatasetClaim(long documentId, DatasetClaim row, string importer);

    /// <summary>The incident a claim belongs to, if any.</summary>
    long? IncidentOfClaim(long claimId);

    /// <summary>The incident of the claim imported with this dataset id (e.g. <c>airwars:ispt0019a</c>), if any.</summary>
    long? IncidentOfExternalId(string externalId);

    /// <summary>Stores a cumulative tally.</summary>
    long AddTally(Tally tally);

    /// <summary>The tallies a store holds, newest first.</summary>
    IReadOnlyList<Tally> ListTallies();

    /// <summary>Incidents matching the query, newest first.</summary>
    IReadOnlyList<Incident> ListIncidents(IncidentQuery query);

    /// <summary>One incident with its claims and history, or <c>null</c>.</summary>
    IncidentDetail? GetIncident(long id);

    /// <summary>Appends an entry to the audit history.</summary>
    void AppendChange(Change change);

    /// <summary>Adds or replaces gazetteer lines (GeoNames format) by GeoNames id.</summary>
    /// <returns>How many lines were new or changed.</returns>
    int UpsertGazetteerLines(IEnumerable<(long GeonameId, string Line)> lines);

    /// <summary>The imported gazetteer lines, in id order.</summary>
    IEnumerable<string> GazetteerLines();

    /// <summary>How many of each noun the store holds.</summary>
    StoreCounts Counts();
}
