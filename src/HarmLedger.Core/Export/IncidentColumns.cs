using System.Collections.Immutable;
using HarmLedger.Model;

namespace HarmLedger.Export;

/// <summary>The columns of the incident CSV export and the property names of the GeoJSON export, in order.</summary>
/// <remarks>
/// Figures take two columns per harm and category, e.g. <c>killed_civilians_min</c> and
/// <c>killed_civilians_max</c>; both empty means the category was not stated, an empty max
/// with a min means no upper bound. Hashtags follow HXL (hxlstandard.org): women and men are
/// <c>+f+adults</c> and <c>+m+adults</c>, the total has no category attribute.
/// </remarks>
public static class IncidentColumns
{
    /// <summary>The victim categories, in the order their columns appear (declared first: <see cref="All"/> is built from it).</summary>
    public static readonly ImmutableArray<VictimCategory> Categories =
    [
        VictimCategory.Total, VictimCategory.Civilians, VictimCategory.Children,
        VictimCategory.Women, VictimCategory.Men, VictimCategory.Combatants,
    ];

    /// <summary>Every column, in the order the exports write them.</summary>
    public static readonly ImmutableArray<IncidentColumn> All =
    [
        new("id", "#event+id"),
        new("date_start", "#date+start"),
        new("date_end", "#date+end"),
        new("date_precision", "#date+precision"),
        new("place", "#loc+name"),
        new("admin1", "#adm1+name"),
        new("country", "#country+code"),
        new("lat", "#geo+lat"),
        new("lon", "#geo+lon"),
        new("place_precision", "#geo+precision"),
        new("geoname_id", "#loc+code+geonames"),
        new("belligerents", "#group+name+perpetrator"),
        .. FigureColumns("killed"),
        .. FigureColumns("injured"),
        new("grade", "#meta+grade"),
        new("status", "#status"),
        new("claims", "#meta+count+claims"),
        new("documents", "#meta+count+documents"),
        new("sources", "#meta+source"),
    ];

    /// <summary>The header names, in order.</summary>
    public static ImmutableArray<string> Names => [.. All.Select(c => c.Name)];

    /// <summary>The HXL hashtags, in order.</summary>
    public static ImmutableArray<string> Hashtags => [.. All.Select(c => c.Hashtag)];

    /// <summary>The column name for one bound of one category, e.g. <c>killed_children_max</c>.</summary>
    public static string FigureName(string harm, VictimCategory category, bool max) =>
        $"{harm}_{category.ToString().ToLowerInvariant()}_{(max ? "max" : "min")}";

    private static IEnumerable<IncidentColumn> FigureColumns(string harm) =>
        from category in Categories
        from max in new[] { false, true }
        select new IncidentColumn(FigureName(harm, category, max), $"#affected+{harm}{Attributes(category)}+{(max ? "max" : "min")}");

    private static string Attributes(VictimCategory category) => category switch
    {
        VictimCategory.Total => "",
        VictimCategory.Women => "+f+adults",
        VictimCategory.Men => "+m+adults",
        _ => "+" + category.ToString().ToLowerInvariant(),
    };
}
