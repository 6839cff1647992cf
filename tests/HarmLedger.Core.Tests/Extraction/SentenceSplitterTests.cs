using HarmLedger.Extraction;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Col. Ryan Dillon said the U.S. Army struck. Then it left.", 2)]
    [InlineData("The strike hit Gaza Strip.Both paramedics died.", 2)]
    [InlineData("Title line\n\nFirst sentence here. Second one!", 3)]
    public void Split_Text_FindsSentenceBoundaries(string text, int expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(expected, sentences.Count);
    }
}
