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

    [Theory]
    [InlineData("Chahi Anjir")]
    [InlineData("Nawa-I-Barakzayi")]
    [InlineData("Dehi Sabz")]
    [InlineData("Xyehi Gol")]
    [InlineData("Kuh-e Safed")]
    [InlineData("Qala Bagh")]
    [InlineData("Nahri")]
    [InlineData("Sang Tappi")]
    public void BuildStart_FirstWord_IsHowThePhrasesKeyStarts(string name)
    {
        var folded = ResolverVocabulary.Fold(name);
        var firstWord = folded.Split(' ')[0];
        Span<char> buffer = stackalloc char[LooseNameKey.MaxLength];

        var start = new string(buffer[..LooseNameKey.BuildStart(firstWord, alone: !folded.Contains(' ', StringComparison.Ordinal), buffer)]);

        Assert.StartsWith(start, Loose(name), StringComparison.Ordinal);
        Assert.True(start.Length >= 3);
    }

    [Fact]
    public void BuildStart_Ezafe_HasNone()
    {
        Span<char> buffer = stackalloc char[LooseNameKey.MaxLength];

        var length = LooseNameKey.BuildStart("ye", alone: false, buffer);

        Assert.Equal(0, length);
    }

    private static string Loose(string name)
    {
        var folded = ResolverVocabulary.Fold(name);
        Span<char> buffer = stackalloc char[LooseNameKey.MaxLength];
        return new string(buffer[..LooseNameKey.Build(folded, buffer)]);
    }

    [Theory]
    [InlineData("nahrisaraj")]
    [InlineData("chahi")]
    [InlineData("deh")]
    [InlineData("e")]
    [InlineData("ye")]
    [InlineData("yi")]
    [InlineData("")]
    public void IsOwnKey_OneWord_TellsWhetherBuildGivesTheWordItself(string word)
    {
        Span<char> key = stackalloc char[LooseNameKey.MaxLength];

        var length = LooseNameKey.Build(word, key);

        Assert.Equal(length > 0 && key[..length].SequenceEqual(word), LooseNameKey.IsOwnKey(word));
        Assert.True(length == 0 || LooseNameKey.IsOwnKey(word));
    }

    [Fact]
    public void IsOwnKey_WordLongerThanAKey_IsFalse()
    {
        var word = new string('a', LooseNameKey.MaxLength + 1);

        Assert.False(LooseNameKey.IsOwnKey(word));
        Assert.Equal(0, LooseNameKey.Build(word, new char[LooseNameKey.MaxLength + 8]));
    }
}
