using HarmLedger.Model;

namespace HarmLedger.Cli.Commands;

/// <summary>Writes claims for people to read.</summary>
internal static class ClaimText
{
    public static void Write(TextWriter output, IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0)
        {
            output.WriteLine("No claims found.");
            return;
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            output.WriteLine($"[{i + 1}] {c.Kind.ToString().ToLowerInvariant()}: {Figures("killed", c.Killed)}{Figures("; injured", c.Injured)}");
            output.WriteLine($"    by {c.Perpetrator ?? "?"} ({c.Weapon ?? "?"}), {Dates(c.Date)}, {Places(c.Place)}");
            if (!c.Attribution.IsEmpty)
            {
                output.WriteLine($"    according to {string.Join(", ", c.Attribution)}");
            }

            foreach (var e in c.Evidence)
            {
                output.WriteLine($"    \"{e.Text}\" [{e.Start}–{e.End}]");
            }
        }
    }

    public static string Figures(string label, Figures? figures) =>
        figures is null || figures.IsEmpty
            ? (label.StartsWith(';') ? "" : $"{label}: none stated")
            : $"{label} " + string.Join(", ", figures.ByCategory.Select(kv => $"{kv.Key.ToString().ToLowerInvariant()} {kv.Value}"));

    public static string Dates(DateSpan date) =>
        date.Start is null ? "date unknown"
        : date.End is null || date.End == date.Start ? $"{date.Start:yyyy-MM-dd} ({date.Precision?.ToString().ToLowerInvariant()})"
        : $"{date.Start:yyyy-MM-dd}…{date.End:yyyy-MM-dd} ({date.Precision?.ToString().ToLowerInvariant()})";

    public static string Places(Place? place) =>
        place is null ? "place unknown"
        : $"{place.Name}{(place.Admin1 is null ? "" : ", " + place.Admin1)}, {place.Country} ({place.Lat:0.####}, {place.Lon:0.####}; {place.Precision.ToString().ToLowerInvariant()})";
}
