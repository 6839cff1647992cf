using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

/// <summary>
/// Regression: a list of the dead at the very start of a text read the token before it. Random mixes of the words the
/// list, subject and age rules look at must never throw, and every evidence span must lie in the text and quote it.
/// </summary>
public sealed class ExtractRobustnessTests
{
    private static readonly string[] Words =
    [
        "Huda", "Omar", "Saleh", "Umm", "Abu", "Hajja", "his", "her", "their", "wife", "son", "sons", "daughters", "children",
        "two", "12", "(", ")", "7", "-", "year", "years", "old", "aged", "or", "and", ",", ";", ":", ".", "were", "was", "killed",
        "both", "among", "those", "identified", "as", "named", "along", "with", "alongside", "as well as", "including", "at least",
        "up to", "dozens", "of", "victims", "dead", "injured", "wounded", "the", "a", "an", "one", "more", "others", "families",
        "authorised", "the killing", "67 or 68", "40- or 41-year-old", "\n", "’s",
        "Fatima", "Maryam", "female", "male", "child", "young", "little", "Between", "However", "al", "bin", "reported", "confirmed",
        "in addition to", "and up to", "among the dead", "three of their sons", "daughter", "Al-Louh",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Extract_RandomMixOfListWords_NeverThrowsAndEvidenceQuotesTheText(int seed)
    {
        var random = new Random(seed);

        for (var round = 0; round < 500; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 50)).Select(_ => Words[random.Next(Words.Length)]));

            var claims = Extract.Claims(text, new DateOnly(2023, 10, 20));

            Assert.All(claims.SelectMany(c => c.Evidence), e =>
            {
                Assert.True(e.Start >= 0 && e.Start <= e.End && e.End <= text.Length, text);
                Assert.Equal(text[e.Start..e.End], e.Text);
            });
            Assert.All(claims, c => Assert.True(c.Killed?[VictimCategory.Total] is not { } t || t.Min >= 0, text));
        }
    }
}
