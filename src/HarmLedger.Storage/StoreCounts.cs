namespace HarmLedger.Storage;

/// <summary>How many of each noun a store holds.</summary>
public sealed record StoreCounts(long Documents, long Claims, long Incidents, long Tallies, long GazetteerEntries);
