using HarmLedger.Storage;

namespace HarmLedger.Cli.Commands;

/// <summary>Checks that an incident named on the command line can be acted on.</summary>
internal static class IncidentChecks
{
    /// <summary>Why the incident cannot be changed, or <c>null</c> when it can.</summary>
    public static string? Live(IHarmStore store, long id)
    {
        var incident = store.GetIncident(id)?.Incident;
        return incident is null ? $"no incident {id}"
            : incident.MergedInto is long into ? $"incident {id} was merged into incident {into}"
            : null;
    }
}
