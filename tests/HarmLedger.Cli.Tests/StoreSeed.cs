using System.Text;
using HarmLedger.Ingestion.Pipeline;
using HarmLedger.Linking;
using HarmLedger.Model;
using HarmLedger.Storage.Sqlite;

namespace HarmLedger.Cli.Tests;

/// <summary>Puts claims into a store through the real linker, for commands that act on incidents.</summary>
internal static class StoreSeed
{
    public static long[] Incidents(string db, params Claim[] claims)
    {
        using var store = SqliteStore.Open(db);
        var updater = new IncidentUpdater(store, new IncidentLinker(LinkingOptions.Default), "test", TimeProvider.System);
        var incidents = new List<long>();
        for (var i = 0; i < claims.Length; i++)
        {
            var text = $"report {i} {Guid.NewGuid()}";
            var doc = store.AddDocument(new Document(
                0, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))),
                Encoding.UTF8.GetBytes(text), text, "text", $"Source {i}", null, null, claims[i].Date.Start, "en", DateTimeOffset.UtcNow));
            var claimId = store.ReplaceExtractedClaims(doc.DocumentId, "test", [claims[i]])[0];
            updater.Link(claimId, claims[i], doc.DocumentId);
            incidents.Add(IncidentOf(store, claimId));
        }

        return [.. incidents];
    }

    public static Claim Strike(DateOnly day, double lat, double lon, string perpetrator, int civilians) => new(
        ClaimKind.Incident,
        perpetrator,
        "airstrike",
        DateSpan.Day(day),
        new Place("Town", "Province", "SY", lat, lon, PlacePrecision.Town, null),
        Figures.Of((VictimCategory.Total, FigureRange.Exactly(civilians)), (VictimCategory.Civilians, FigureRange.Exactly(civilians))),
        null,
        ["Monitor"],
        [new EvidenceSpan(0, 6, "report")],
        0.7);

    private static long IncidentOf(SqliteStore store, long claimId) =>
        store.ListIncidents(new()).First(i => store.ClaimsOfIncident(i.Id).Any(c => c.Id == claimId)).Id;
}
