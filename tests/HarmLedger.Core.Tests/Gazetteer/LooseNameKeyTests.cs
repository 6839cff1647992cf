using HarmLedger.Gazetteer;

namespace HarmLedger.Tests.Gazetteer;

public sealed class LooseNameKeyTests
{
    [Theory]
    [InlineData("Kuh-e Safed", "Kuhi Safed")]
    [InlineData("Dasht-i Gol", "Dasht-e Gol")]
    [InlineData("Qala-ye Bagh", "Qala Bagh")]
    [InlineData("Chah-e Anjir", "Chahi Anjir")]
    public void Build_EzafeVariants_GiveTheSameKey(string variant, string canonical)
    {
        var expected = Loose(canonical);

        var actual = Loose(variant);

        Assert.NotEqual("", actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Build_LastWordEndingInI_KeepsItsEnding()
    {
        var key = Loose("Sang Tappi");

        Assert.EndsWith("tapi", key, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OnlyEzafeWords_HasNoKey()
    {
        var key = Loose("e i");

        Assert.Equal("", key);
    }

    private static string Loose(string name)
    {
        var folded = ResolverVocabulary.Fold(name);
        Span<char> buffer = stackalloc char[LooseNameKey.MaxLength];
        return new string(buffer[..LooseNameKey.Build(folded, buffer)]);
    }
}
