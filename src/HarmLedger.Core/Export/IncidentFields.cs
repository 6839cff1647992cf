using System.Collections.Immutable;
using System.Globalization;
using HarmLedger.Model;

namespace HarmLedger.Export;

/// <summary>An incident's values in the order of <see cref="IncidentColumns.All"/>, typed for the writers.</summary>
/// <remarks>
/// Each value is a <see cref="string"/> (text), a <see cref="long"/> or <see cref="int"/>
/// (counts, ids), a <see cref="double"/> (coordinates) or <c>null</c> (nothing stated).
/// </remarks>
public static class IncidentFields
{
    /// <summary>The values of one incident, one per column.</summary>
    public static ImmutableArray<object?> Of(Incident incident)
    {
        var place = incident.Place;
        var values = ImmutableArray.CreateBuilder<object?>(IncidentColumns.All.Length);
        values.Add(incident.Id);
        values.Add(Date(incident.Date.Start));
        values.Add(Date(incident.Date.End));
        values.Add(incident.Date.Precision is { } p ? ExportNames.Lower(p) : null);
        values.Add(place?.Name);
        values.Add(place?.Admin1);
        values.Add(place?.Country);
        values.Add(place?.Lat);
        values.Add(place?.Lon);
        values.Add(place is null ? null : ExportNames.Lower(place.Precision));
        values.Add(place?.GeonameId);
        values.Add(ListCell.Join(incident.Belligerents));
        AddFigures(values, incident.Killed);
        AddFigures(values, incident.Injured);
        values.Add(ExportNames.Lower(incident.Grade));
        values.Add(ExportNames.Status(incident.Status));
        values.Add(incident.ClaimCount);
        values.Add(incident.DocumentCount);
        values.Add(ListCell.Join(incident.Sources));
        return values.MoveToImmutable();
    }

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>, or <c>null</c>.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddFigures(ImmutableArray<object?>.Builder values, Figures? figures)
    {
        foreach (var category in IncidentColumns.Categories)
        {
            var range = figures?[category];
            values.Add(range?.Min);
            values.Add(range?.Max);
        }
    }
}
