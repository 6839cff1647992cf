using System.Collections.Immutable;
using System.Globalization;
using HarmLedger.Csv;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Reads an ACLED export CSV; each event becomes an <c>incident</c> claim.</summary>
/// <remarks>
/// <para>Needs only event_id_cnty, event_date, event_type, actor1, latitude, longitude, fatalities and
/// one of iso3, country or (numeric) iso; time_precision, geo_precision, sub_event_type,
/// location, admin1, source and notes are used when present.</para>
/// <para>Killed: total is <c>{fatalities}</c> — ACLED's own conservative coding, including 0 — and
/// civilians the same when event_type is "Violence against civilians". The date is the coded
/// day with time_precision's precision (1 day, 2 week, 3 month). The perpetrator is actor1 with
/// a trailing year range removed. Evidence is the notes cell.</para>
/// </remarks>
public sealed class AcledReader(CsvLimits? limits = null) : IDatasetReader
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "acled";

    private static readonly string[] Required =
        ["event_id_cnty", "event_date", "event_type", "actor1", "latitude", "longitude", "fatalities"];

    private static readonly string[] DateFormats = ["d MMMM yyyy", "d MMM yyyy", "d-MMMM-yyyy", "d-MMM-yyyy", "yyyy/MM/dd"];

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IEnumerable<DatasetItem> Read(TextReader reader)
    {
        var records = new CsvRecordReader(reader, limits);
        var (header, _) = DatasetTable.ReadHeader(records, FormatName, Required);
        if (!header.Has("iso3") && !header.Has("country") && !header.Has("iso"))
        {
            throw new CsvHeaderException(FormatName, ["iso3, country or iso"]);
        }

        return DatasetTable.Rows(records, header, Map);
    }

    private static DatasetRow Map(DatasetFields f)
    {
        var id = f.Required("event_id_cnty", 40);
        var perpetrator = ActorNames.Normalise(f.Required("actor1"));
        var fatalities = f.Int("fatalities");
        var killed = Figures.Of((VictimCategory.Total, FigureRange.Exactly(fatalities)));
        if (string.Equals(f.Text("event_type"), "Violence against civilians", StringComparison.OrdinalIgnoreCase))
        {
            killed = killed.With(VictimCategory.Civilians, FigureRange.Exactly(fatalities));
        }

        var sources = (f.Text("source", 4000) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToImmutableArray();
        var claim = new Claim(
            ClaimKind.Incident,
            perpetrator,
            Weapon(f.Text("sub_event_type")),
            Date(f),
            Place(f),
            killed,
            null,
            sources,
            f.Evidence("notes") is { } notes ? [notes] : [],
            1.0);
        return new DatasetRow(f.Line, $"{FormatName}:{id}", claim, sources.FirstOrDefault(), f.Record.Text)
        {
            Belligerents = perpetrator is null ? [] : [perpetrator],
        };
    }

    private static DateSpan Date(DatasetFields f)
    {
        var day = f.Date("event_date", DateFormats);
        var precision = f.OptionalInt("time_precision") switch
        {
            null or 1 => DatePrecision.Day,
            2 => DatePrecision.Week,
            3 => DatePrecision.Month,
            var p => throw DatasetFields.Bad("time_precision", p.Value.ToString(CultureInfo.InvariantCulture), "is not 1, 2 or 3"),
        };
        return new DateSpan(day, day, precision);
    }

    private static Place Place(DatasetFields f)
    {
        var lat = f.Coordinate("latitude", 90);
        var lon = f.Coordinate("longitude", 180);
        var country = CountryCodes.FromAlpha3(f.Text("iso3")) ?? CountryCodes.FromName(f.Text("country"))
            ?? CountryCodes.FromNumeric(f.Text("iso"))
            ?? throw new RowException($"country '{f.Text("iso3") ?? f.Text("country") ?? f.Text("iso")}' is not a known ISO 3166 country");
        var precision = f.OptionalInt("geo_precision") switch
        {
            null or 1 => PlacePrecision.Town,
            2 => PlacePrecision.District,
            3 => PlacePrecision.Province,
            var p => throw DatasetFields.Bad("geo_precision", p.Value.ToString(CultureInfo.InvariantCulture), "is not 1, 2 or 3"),
        };
        var admin1 = f.Text("admin1");
        var name = f.Text("location") ?? f.Text("admin2") ?? admin1 ?? f.Text("country") ?? country;
        return new Place(name, admin1, country, lat, lon, precision, null);
    }

    // ACLED's sub-event types that name a weapon; the rest (armed clash, attack, abduction) do not.
    private static string? Weapon(string? subEventType) => subEventType?.ToLowerInvariant() switch
    {
        "air/drone strike" => "airstrike",
        "shelling/artillery/missile attack" => "shelling",
        "remote explosive/landmine/ied" => "explosive",
        "suicide bomb" => "suicide bomb",
        "grenade" => "grenade",
        _ => null,
    };
}
