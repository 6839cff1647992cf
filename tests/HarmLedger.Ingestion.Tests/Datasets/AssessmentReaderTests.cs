using HarmLedger.Csv;
using HarmLedger.Ingestion.Datasets;
using HarmLedger.Model;

namespace HarmLedger.Ingestion.Tests.Datasets;

public sealed class AssessmentReaderTests
{
    private const string Header = "case_id,date,location,mgrs,assessment,civilians_killed,civilians_injured,belligerent,answers\n";

    [Fact]
    public void Read_CredibleReport_BecomesAnAcknowledgementWithAdmittedFigures()
    {
        var text = Header + "2017-0412,2017-03-17,\"Mosul, Iraq\",38S LF 34 21,Credible,1-3,2–4,CJTF-OIR,CI0123\n";

        var row = Assert.IsType<DatasetRow>(Assert.Single(Read(text)));

        Assert.Equal(ClaimKind.Acknowledgement, row.Claim.Kind);
        Assert.Equal(Assessment.Credible, row.Assessment);
        Assert.Equal("CI0123", row.Answers);
        Assert.Equal("assessments:CJTF-OIR:2017-0412", row.ExternalId);
        Assert.Equal(new FigureRange(1, 3), row.Claim.Killed![VictimCategory.Civilians]);
        Assert.Equal(new FigureRange(2, 4), row.Claim.Injured![VictimCategory.Civilians]);
        Assert.Equal("IQ", row.Claim.Place!.Country);
        Assert.Equal(PlacePrecision.Town, row.Claim.Place.Precision);
        Assert.InRange(row.Claim.Place.Lat, 36.0, 36.6);
    }

    [Theory]
    [InlineData("Not Credible", Assessment.NonCredible)]
    [InlineData("non credible", Assessment.NonCredible)]
    [InlineData("NON-CREDIBLE", Assessment.NonCredible)]
    [InlineData("not-assessed", Assessment.NotAssessed)]
    [InlineData("Duplicate", Assessment.Duplicate)]
    [InlineData("credible", Assessment.Credible)]
    public void ParseAssessment_OfficialSpellings_AreRecognised(string text, Assessment expected)
    {
        var assessment = AssessmentReader.ParseAssessment(text);

        Assert.Equal(expected, assessment);
    }

    [Theory]
    [InlineData("1,2017-03-17,\"Mosul, Iraq\",38SLF999,Credible,1,,CJTF-OIR,", "mgrs '38SLF999'")]
    [InlineData("2,2017-03-17,Mosul,38SLF3421,Credible,1,,CJTF-OIR,", "no country")]
    [InlineData("3,2017-03-17,\"Mosul, Iraq\",,Maybe,1,,CJTF-OIR,", "assessment 'Maybe'")]
    [InlineData("4,2017-03-17,\"Mosul, Iraq\",,Credible,lots,,CJTF-OIR,", "civilians_killed")]
    public void Read_BadRow_IsSkippedWithItsReason(string line, string reason)
    {
        var skip = Assert.IsType<DatasetSkip>(Assert.Single(Read(Header + line + "\n")));

        Assert.Contains(reason, skip.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoGridReference_HasNoPlace()
    {
        var row = (DatasetRow)Read(Header + "5,2017-03-17,Raqqa,,Non-credible,0,,CJTF-OIR,\n").Single();

        Assert.Null(row.Claim.Place);
        Assert.Equal(FigureRange.Exactly(0), row.Claim.Killed![VictimCategory.Civilians]);
    }

    [Fact]
    public void Read_MissingAssessmentColumn_Throws()
    {
        var error = Assert.Throws<CsvHeaderException>(() => new AssessmentReader().Read(new StringReader("case_id,date,location,mgrs,belligerent\n")));

        Assert.Equal(["assessment"], error.MissingColumns);
    }

    private static List<DatasetItem> Read(string text) => [.. new AssessmentReader().Read(new StringReader(text))];
}
