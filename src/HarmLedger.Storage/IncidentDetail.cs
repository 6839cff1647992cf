using HarmLedger.Model;

namespace HarmLedger.Storage;

/// <summary>One incident with the claims that describe it and its history.</summary>
public sealed record IncidentDetail(Incident Incident, IReadOnlyList<StoredClaim> Claims, IReadOnlyList<Change> History);
