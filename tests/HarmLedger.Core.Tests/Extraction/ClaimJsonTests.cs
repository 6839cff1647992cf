using System.Globalization;
using System.Text;
using HarmLedger.Extraction;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class ClaimJsonTests
{
    [Theory]
    [InlineData(2023, 10, 7)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(987, 3, 25)]
    [InlineData(2020, 2, 29)]
    public void IsoDay_AnyDay_MatchesTheInvariantFormat(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        var written = Encoding.UTF8.GetString(ClaimJson.IsoDay(date, stackalloc byte[10]));

        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), written);
    }
}
