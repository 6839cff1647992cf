using HarmLedger.Ingestion.Pipeline;
using HarmLedger.Linking;
using HarmLedger.Storage;

namespace HarmLedger.Cli.Commands;

/// <summary>Builds the incident updater every command that touches incidents uses.</summary>
internal static class Updaters
{
    public static IncidentUpdater For(IHarmStore store, string actor, TimeProvider time) =>
        new(store, new IncidentLinker(LinkingOptions.Default), actor, time);
}
