using HarmLedger.Extraction;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("seventy-two", 72)]
    [InlineData("two hundred", 200)]
    [InlineData("a dozen", 12)]
    [InlineData("one thousand five hundred", 1500)]
    [InlineData("two hundred and five", 205)]
    [InlineData("eleven", 11)]
    public void Parse_Words_GiveTheValue(string words, int expected)
    {
        var vocabulary = new Vocabulary(ExtractionOptions.Default);
        var tokens = Tokenizer.Tokenize(words);
        vocabulary.Classify(words, tokens);

        var parsed = NumberWords.Parse(words, tokens, 0, tokens.Count);

        Assert.Equal(expected, parsed?.Value);
        Assert.Equal(tokens.Count, parsed?.Length);
    }

    [Theory]
    [InlineData("two ten", 2)]
    [InlineData("three twelve", 3)]
    public void Parse_UnitAfterAUnit_EndsTheNumber(string words, int expected)
    {
        var vocabulary = new Vocabulary(ExtractionOptions.Default);
        var tokens = Tokenizer.Tokenize(words);
        vocabulary.Classify(words, tokens);

        var parsed = NumberWords.Parse(words, tokens, 0, tokens.Count);

        Assert.Equal(expected, parsed?.Value);
        Assert.Equal(1, parsed?.Length);
    }
}
