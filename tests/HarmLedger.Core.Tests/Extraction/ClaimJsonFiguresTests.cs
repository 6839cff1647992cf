using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using HarmLedger.Extraction;
using HarmLedger.Model;

namespace HarmLedger.Core.Tests.Extraction;

public sealed class ClaimJsonFiguresTests
{
    [Theory]
    [InlineData(new[] { VictimCategory.Children, VictimCategory.Total, VictimCategory.Women })]
    [InlineData(new[] { VictimCategory.Total })]
    [InlineData(new[] { VictimCategory.Combatants, VictimCategory.Civilians })]
    public void WriteFigures_AnyCategories_WritesThemInTheDictionarysOrder(VictimCategory[] categories)
    {
        var byCategory = categories.Select((c, i) => KeyValuePair.Create(c, new FigureRange(i + 1, i == 0 ? null : i + 4)))
                                   .ToImmutableSortedDictionary();

        var written = Write(new Figures(byCategory));

        var expected = "{" + string.Join(",", byCategory.Select(p =>
            $"\"{p.Key.ToString().ToLowerInvariant()}\":{{\"min\":{p.Value.Min},\"max\":{(p.Value.Max is int m ? m.ToString() : "null")}}}")) + "}";
        Assert.Equal(expected, written);
    }

    [Fact]
    public void WriteFigures_UnnamedCategory_StillWritesEveryPair()
    {
        var byCategory = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(VictimCategory.Total, new FigureRange(3, 3)),
                                                                KeyValuePair.Create((VictimCategory)99, new FigureRange(1, 1))]);

        var written = Write(new Figures(byCategory));

        Assert.Equal("{\"total\":{\"min\":3,\"max\":3},\"99\":{\"min\":1,\"max\":1}}", written);
    }

    private static string Write(Figures figures)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ClaimJson.WriteFigures(writer, figures);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
