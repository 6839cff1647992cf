namespace HarmLedger.Tests.Gazetteer;

/// <summary>Regression: FindPlaces threw ArgumentOutOfRangeException when a phrase ran into a word the scan left unfolded.</summary>
public sealed class FindPlacesRobustnessTests(BundledResolverFixture fixture) : IClassFixture<BundledResolverFixture>
{
    private static readonly string[] Words =
    [
        "Rafah", "Khan", "Younis", "al", "al-", "Al", "el", "the", "a", "e", "of", "near", "camp", "Gaza", "City", "Deir",
        "al-Balah", "killed", "civilians", "in", "’s", "—", ",", ".", "\n", "Beit", "Lahia", "Mayadin", "and", "Jabalia",
        new string('x', 140), "X" + new string('y', 140), "North", "an", "ash-Shati", "'", "Bureij", "e.g.", "U.S.",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void FindPlaces_RandomMixOfNamesArticlesAndLongWords_NeverThrowsAndSpansStayInText(int seed)
    {
        var random = new Random(seed);

        for (var round = 0; round < 400; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => Words[random.Next(Words.Length)]));

            var mentions = fixture.Resolver.FindPlaces(text);

            Assert.All(mentions, m => Assert.True(m.Start >= 0 && m.Start < m.End && m.End <= text.Length, text));
        }
    }

    [Fact]
    public async Task FindPlaces_ShortTextAfterLongerOnes_FindsWhatItFindsOnAFreshThread()
    {
        const string Short = "Shelling hit Kafr Nabl, Idlib province.";
        var random = new Random(5);
        var longer = string.Join(' ', Enumerable.Range(0, 3000).Select(_ => Words[random.Next(Words.Length)]));
        var fresh = await Task.Run(() => fixture.Resolver.FindPlaces(Short), TestContext.Current.CancellationToken);

        fixture.Resolver.FindPlaces(longer);
        fixture.Resolver.FindPlaces(longer + " " + longer);
        var reused = fixture.Resolver.FindPlaces(Short);

        Assert.NotEmpty(fresh);
        Assert.Equal(fresh, reused);
    }
}
