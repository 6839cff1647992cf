namespace HarmLedger.Export;

/// <summary>One column of the incident exports: its header name and its HXL hashtag.</summary>
public sealed record IncidentColumn(string Name, string Hashtag);
