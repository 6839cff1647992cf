using System.Collections.Immutable;
using HarmLedger.Csv;
using HarmLedger.Export;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Reads an Airwars-style incident table, or HarmLedger's own incident CSV export; each row becomes an <c>incident</c> claim.</summary>
/// <remarks>
/// <para>Airwars columns (names case-insensitive; * required): code*, date*, date_end, location*,
/// admin1, country* (ISO alpha-2; alpha-3 or a name are accepted), lat*, lon*, geo_precision
/// (exact, town, district, province, country; default town), belligerent* (several separated by
/// ';'), weapon, civilians_min*, civilians_max*, children, women, men, injured_min, injured_max,
/// grade* (confirmed, fair, weak, contested, discounted; "Fair (Credible)" reads as fair),
/// sources (names separated by ';'), url, summary (kept as evidence). Figures may be a
/// count or a range ("2-4"). Airwars counts civilians only, so the total is at least the civilian
/// minimum with no stated upper bound. Empty lat and lon mean no place.</para>
/// <para>A file whose header is that of <see cref="IncidentCsvWriter"/> is read as an export: each row's
/// incident comes back whole in <see cref="DatasetRow.Exported"/>, with its claim built from it.</para>
/// </remarks>
public sealed class AirwarsReader(CsvLimits? limits = null) : IDatasetReader
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "airwars";

    private static readonly string[] Required =
        ["code", "date", "location", "country", "lat", "lon", "belligerent", "civilians_min", "civilians_max", "grade"];

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IEnumerable<DatasetItem> Read(TextReader reader)
    {
        var records = new CsvRecordReader(reader, limits);
        var (header, _) = DatasetTable.ReadHeader(records, FormatName, []);
        if (IncidentCsvReader.Matches(header))
        {
            return IncidentCsvReader.ReadRows(records, header).Select(FromExport);
        }

        var missing = header.Missing(Required);
        return missing.IsEmpty ? DatasetTable.Rows(records, header, Map) : throw new CsvHeaderException(FormatName, missing);
    }

    private static DatasetItem FromExport(IncidentCsvRow row)
    {
        if (row.Incident is not { } incident)
        {
            return new DatasetSkip(row.Line, row.Error ?? "the row cannot be read");
        }

        var claim = new Claim(
            ClaimKind.Incident, Perpetrator(incident.Belligerents), null, incident.Date, incident.Place,
            incident.Killed, incident.Injured, incident.Sources, [], 1.0);
        return new DatasetRow(row.Line, $"incident:{incident.Id}", claim, null, row.Text)
        {
            Belligerents = incident.Belligerents,
            Grade = incident.Grade,
            Exported = incident,
        };
    }

    private static DatasetRow Map(DatasetFields f)
    {
        var code = f.Required("code", 60);
        var belligerents = Names(f.Required("belligerent")).Select(n => ActorNames.Normalise(n)!).ToImmutableArray();
        var sources = Names(f.Text("sources", 4000));
        var claim = new Claim(
            ClaimKind.Incident,
            Perpetrator(belligerents),
            f.Text("weapon"),
            DateSpans.Between(f.Date("date", "d MMMM yyyy"), f.Text("date_end") is null ? null : f.Date("date_end", "d MMMM yyyy")),
            Place(f),
            CivilianFigures(f.Range("civilians_min"), f.Range("civilians_max"), f, "civilians_min"),
            CivilianFigures(f.Range("injured_min"), f.Range("injured_max"), null, "injured_min"),
            sources,
            f.Evidence("summary") is { } summary ? [summary] : [],
            1.0);
        return new DatasetRow(f.Line, $"{FormatName}:{code}", claim, "Airwars", f.Record.Text)
        {
            Belligerents = belligerents,
            Grade = Grade(f.Text("grade")),
            Url = Uri.TryCreate(f.Text("url", 2000), UriKind.Absolute, out var url) ? url : null,
        };
    }

    private static Place? Place(DatasetFields f)
    {
        if (f.Text("lat") is null && f.Text("lon") is null)
        {
            return null;
        }

        var cell = f.Required("country");
        var country = CountryCodes.IsAlpha2(cell.ToUpperInvariant()) ? cell.ToUpperInvariant()
            : CountryCodes.FromAlpha3(cell) ?? CountryCodes.FromName(cell)
            ?? throw DatasetFields.Bad("country", cell, "is not an ISO 3166 country");
        var precision = f.Text("geo_precision") is not { } p ? PlacePrecision.Town
            : ExportNames.TryLower<PlacePrecision>(p, out var parsed) ? parsed
            : throw DatasetFields.Bad("geo_precision", p, "is not exact, town, district, province or country");
        return new Place(f.Required("location"), f.Text("admin1"), country, f.Coordinate("lat", 90), f.Coordinate("lon", 180), precision, null);
    }

    private static Figures? CivilianFigures(FigureRange? min, FigureRange? max, DatasetFields? breakdown, string column)
    {
        if (min is null && max is null)
        {
            return null;
        }

        var low = min?.Min ?? throw new RowException($"{column} is empty although its max is set");
        var high = max?.Max ?? max?.Min;
        if (high < low)
        {
            throw new RowException($"{column} is above its max");
        }

        var figures = Figures.Of((VictimCategory.Total, FigureRange.AtLeast(low)), (VictimCategory.Civilians, new FigureRange(low, high)));
        foreach (var (name, category) in new[] { ("children", VictimCategory.Children), ("women", VictimCategory.Women), ("men", VictimCategory.Men) })
        {
            if (breakdown?.Range(name) is { } range)
            {
                figures = figures.With(category, range);
            }
        }

        return figures;
    }

    private static Grade? Grade(string? cell)
    {
        var word = cell?.Split([' ', '(', '/'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return word is not null && ExportNames.TryLower<Grade>(word, out var grade) ? grade : null;
    }

    private static ImmutableArray<string> Names(string? cell) =>
        [.. (cell ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Perpetrator(ImmutableArray<string> belligerents) =>
        belligerents.IsEmpty ? null : string.Join(", ", belligerents);
}
