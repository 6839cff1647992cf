using HarmLedger.Gazetteer;
using HarmLedger.Model;

namespace HarmLedger.Extraction;

/// <summary>Chooses a claim's place among the gazetteer's mentions: in its sentences first, then its paragraph, then the text.</summary>
/// <remarks>Finer precision wins over a province or country named as context; "in/near/at X" adds weight.</remarks>
internal static class PlaceChooser
{
    /// <summary>The best place for a claim resting on the given sentences, or <c>null</c>.</summary>
    public static Place? Choose(DocumentContext doc, IReadOnlyList<int> sentences)
    {
        var mentions = doc.Places;
        if (mentions.Count == 0 || sentences.Count == 0)
        {
            return null;
        }

        var best = Best(doc, mentions, sentences.Select(doc.Chars));
        if (best is null)
        {
            var paragraph = doc.Sentences[sentences[0]].Paragraph;
            var same = doc.Sentences.Where(s => s.Paragraph == paragraph).Select(s => doc.Chars(s.Index));
            best = Best(doc, mentions, same);
        }

        return best ?? Best(doc, mentions, [(0, doc.Text.Length)]);
    }

    private static Place? Best(DocumentContext doc, IReadOnlyList<PlaceMention> mentions, IEnumerable<(int Start, int End)> ranges)
    {
        PlaceMention? best = null;
        var bestScore = double.MinValue;
        foreach (var (start, end) in ranges)
        {
            foreach (var m in mentions)
            {
                if (m.Start < start || m.End > end)
                {
                    continue;
                }

                var score = (5 - (int)m.Place.Precision) + m.Score + (Preceded(doc.Text, m.Start) ? 1.5 : 0);
                if (score > bestScore)
                {
                    best = m;
                    bestScore = score;
                }
            }
        }

        return best?.Place;
    }

    private static bool Preceded(string text, int start)
    {
        var head = text.AsSpan(Math.Max(0, start - 7), start - Math.Max(0, start - 7)).TrimEnd();
        return head.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || head.EndsWith(" near", StringComparison.OrdinalIgnoreCase) ||
               head.EndsWith(" at", StringComparison.OrdinalIgnoreCase) || head.EndsWith(" of", StringComparison.OrdinalIgnoreCase);
    }
}
