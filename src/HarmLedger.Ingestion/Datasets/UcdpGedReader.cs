using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using HarmLedger.Csv;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Reads a UCDP Georeferenced Event Dataset (GED) CSV; each event becomes an <c>incident</c> claim.</summary>
/// <remarks>
/// <para>The perpetrator is <c>side_a</c> for every type of violence. For one-sided violence (type 3)
/// side_a is who killed; for state-based (1) and non-state (2) conflict UCDP does not say which
/// side caused the deaths, and side_a (the government, or the first group) is a convention —
/// side_b stays visible in the row text. A side_a naming several governments ("Government of
/// Australia, Government of United States of America") becomes one perpetrator text joining the
/// normalised names, and <see cref="DatasetRow.Belligerents"/> lists them.</para>
/// <para>Killed: total is <c>{low, high}</c> (widened to take in <c>best</c> where a row breaks
/// low ≤ best ≤ high, as a few dozen rows do by one death); civilians <c>{deaths_civilians}</c>;
/// combatants <c>{deaths_a + deaths_b}</c>. An HXL hashtag row under the header is skipped.</para>
/// </remarks>
public sealed partial class UcdpGedReader(CsvLimits? limits = null) : IDatasetReader
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "ucdp-ged";

    private static readonly string[] Required =
    [
        "id", "type_of_violence", "side_a", "where_prec", "latitude", "longitude", "date_prec", "date_start", "date_end",
        "deaths_a", "deaths_b", "deaths_civilians", "low", "best", "high",
    ];

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IEnumerable<DatasetItem> Read(TextReader reader)
    {
        var records = new CsvRecordReader(reader, limits);
        var (header, _) = DatasetTable.ReadHeader(records, FormatName, Required);
        if (!header.Has("iso3") && !header.Has("country"))
        {
            throw new CsvHeaderException(FormatName, ["iso3 or country"]);
        }

        return DatasetTable.Rows(records, header, Map);
    }

    private static DatasetRow Map(DatasetFields f)
    {
        var id = f.Required("id", 40);
        if (f.Int("type_of_violence") is not (>= 1 and <= 3))
        {
            throw DatasetFields.Bad("type_of_violence", f.Required("type_of_violence"), "is not 1, 2 or 3");
        }

        var sides = SplitSides(f.Required("side_a"));
        var offices = (f.Text("source_office", 4000) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToImmutableArray();
        var claim = new Claim(
            ClaimKind.Incident,
            string.Join(", ", sides),
            null,
            Date(f),
            Place(f),
            Killed(f),
            null,
            offices,
            f.Evidence("source_headline") is { } headline ? [headline] : [],
            f.Text("event_clarity") == "2" ? 0.5 : 1.0);
        return new DatasetRow(f.Line, $"{FormatName}:{id}", claim, offices.FirstOrDefault(), f.Record.Text) { Belligerents = sides };
    }

    private static ImmutableArray<string> SplitSides(string sideA)
    {
        var parts = sideA.Split(", Government of ", StringSplitOptions.TrimEntries);
        return [.. parts.Select((p, i) => ActorNames.Normalise(i == 0 ? p : "Government of " + p)!)];
    }

    private static DateSpan Date(DatasetFields f)
    {
        var start = f.Date("date_start");
        var end = f.Date("date_end");
        if (end < start)
        {
            throw new RowException("date_end is before date_start");
        }

        var precision = f.Int("date_prec") switch
        {
            1 => DatePrecision.Day,
            2 or 3 => DatePrecision.Week,
            4 => DatePrecision.Month,
            5 => DatePrecision.Year,
            var p => throw DatasetFields.Bad("date_prec", p.ToString(CultureInfo.InvariantCulture), "is not 1 to 5"),
        };
        return new DateSpan(start, end, precision);
    }

    private static Place Place(DatasetFields f)
    {
        var lat = f.Coordinate("latitude", 90);
        var lon = f.Coordinate("longitude", 180);
        var country = CountryCodes.FromAlpha3(f.Text("iso3")) ?? CountryCodes.FromName(f.Text("country"))
            ?? throw new RowException($"country '{f.Text("iso3") ?? f.Text("country")}' is not a known ISO 3166 country");
        var precision = f.Int("where_prec") switch
        {
            1 => PlacePrecision.Exact,
            2 => PlacePrecision.Town,
            3 => PlacePrecision.District,
            4 or 5 => PlacePrecision.Province,
            6 or 7 => PlacePrecision.Country,
            var p => throw DatasetFields.Bad("where_prec", p.ToString(CultureInfo.InvariantCulture), "is not 1 to 7"),
        };
        var admin1 = Bare(f.Text("adm_1"));
        var name = Bare(f.Text("where_coordinates")) ?? admin1 ?? f.Text("country") ?? country;
        return new Place(name, admin1, country, lat, lon, precision, null);
    }

    private static Figures Killed(DatasetFields f)
    {
        int low = f.Int("low"), best = f.Int("best"), high = f.Int("high");
        var total = new FigureRange(Math.Min(low, best), Math.Max(high, best));
        var civilians = f.Int("deaths_civilians");
        var combatants = f.Int("deaths_a") + f.Int("deaths_b");
        return Figures.Of(
            (VictimCategory.Total, total),
            (VictimCategory.Civilians, FigureRange.Exactly(civilians)),
            (VictimCategory.Combatants, FigureRange.Exactly(combatants)));
    }

    // "Al Fallūjah town" → "Al Fallūjah"; "Al Anbār province" → "Al Anbār".
    private static string? Bare(string? name) =>
        name is null ? null : KindSuffix().Replace(name, "") is { Length: > 0 } bare ? bare : name;

    [GeneratedRegex(@"\s+(town|city|village|province|governorate|district|locality)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindSuffix();
}
