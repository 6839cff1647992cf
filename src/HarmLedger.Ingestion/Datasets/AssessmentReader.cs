using HarmLedger.Csv;
using HarmLedger.Geo;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Datasets;

/// <summary>Reads a belligerent's table of civilian-casualty assessments; each allegation becomes an <c>acknowledgement</c> claim.</summary>
/// <remarks>
/// <para>Columns (names case-insensitive; * required): case_id*, date*, location*, mgrs*,
/// assessment*, belligerent*, civilians_killed, civilians_injured, country, answers, summary.
/// Cells may be empty except case_id, date, assessment and belligerent.</para>
/// <para>assessment is one of not-assessed, credible, non-credible, duplicate, in the spellings
/// officials use ("Not Credible", "non credible", "Pending" for not assessed). Figures are a count or
/// a range ("1-3", "2–4") of civilians, so the total is at least their minimum. The place is the
/// centre of the MGRS square, its precision set by the square's size; its country comes from the
/// country column or the last part of the location ("Mosul, Iraq"). answers is the monitor's
/// incident code the allegation came from (e.g. an Airwars code).</para>
/// </remarks>
public sealed class AssessmentReader(CsvLimits? limits = null) : IDatasetReader
{
    /// <summary>The format's name.</summary>
    public const string FormatName = "assessments";

    private static readonly string[] Required = ["case_id", "date", "location", "mgrs", "assessment", "belligerent"];

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IEnumerable<DatasetItem> Read(TextReader reader) => DatasetTable.Read(reader, FormatName, Required, Map, limits);

    /// <summary>Reads an assessment as officials write it, or returns <c>null</c>.</summary>
    public static Assessment? ParseAssessment(string? text)
    {
        var letters = new string((text ?? "").Where(char.IsLetter).ToArray()).ToLowerInvariant();
        return letters switch
        {
            "notassessed" or "pending" or "unassessed" or "open" or "underassessment" => Assessment.NotAssessed,
            "credible" => Assessment.Credible,
            "noncredible" or "notcredible" => Assessment.NonCredible,
            "duplicate" or "dup" => Assessment.Duplicate,
            _ => null,
        };
    }

    private static DatasetRow Map(DatasetFields f)
    {
        var caseId = f.Required("case_id", 60);
        var belligerent = ActorNames.Normalise(f.Required("belligerent"))!;
        var assessment = ParseAssessment(f.Required("assessment"))
            ?? throw DatasetFields.Bad("assessment", f.Required("assessment"), "is not not-assessed, credible, non-credible or duplicate");
        EvidenceSpan[] evidence = [.. new[] { f.Evidence("assessment"), f.Evidence("summary") }.OfType<EvidenceSpan>()];
        var claim = new Claim(
            ClaimKind.Acknowledgement,
            belligerent,
            null,
            DateSpan.Day(f.Date("date", "d MMMM yyyy", "d MMM yyyy")),
            Place(f),
            Civilians(f.Range("civilians_killed")),
            Civilians(f.Range("civilians_injured")),
            [belligerent],
            [.. evidence],
            1.0);
        return new DatasetRow(f.Line, $"{FormatName}:{belligerent}:{caseId}", claim, belligerent, f.Record.Text)
        {
            Belligerents = [belligerent],
            Assessment = assessment,
            Answers = f.Text("answers", 60),
        };
    }

    private static Place? Place(DatasetFields f)
    {
        if (f.Text("mgrs", 40) is not { } reference)
        {
            return null;
        }

        if (!Mgrs.TryParse(reference, out var point, out var error))
        {
            throw new RowException($"mgrs '{reference}': {error}");
        }

        var location = f.Text("location");
        var country = Country(f.Text("country"), location)
            ?? throw new RowException("no country: add a country column or write the location as 'Place, Country'");
        var precision = point.AccuracyMetres switch
        {
            <= 100 => PlacePrecision.Exact,
            <= 1_000 => PlacePrecision.Town,
            <= 10_000 => PlacePrecision.District,
            _ => PlacePrecision.Province,
        };
        return new Place(location ?? reference.ToUpperInvariant(), null, country, point.Lat, point.Lon, precision, null);
    }

    private static string? Country(string? column, string? location)
    {
        if (column is not null)
        {
            var upper = column.ToUpperInvariant();
            return CountryCodes.IsAlpha2(upper) ? upper : CountryCodes.FromAlpha3(column) ?? CountryCodes.FromName(column);
        }

        var last = location?.Split(',').Last().Trim();
        return CountryCodes.FromName(last);
    }

    private static Figures? Civilians(FigureRange? range) =>
        range is not { } r ? null
        : Figures.Of((VictimCategory.Total, FigureRange.AtLeast(r.Min)), (VictimCategory.Civilians, r));
}
