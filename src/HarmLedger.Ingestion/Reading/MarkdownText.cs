using System.Text.RegularExpressions;

namespace HarmLedger.Ingestion.Reading;

/// <summary>Reads Markdown as the prose a reader sees: links become their text, markup characters go.</summary>
public static partial class MarkdownText
{
    /// <summary>Strips the common Markdown markup from a text.</summary>
    public static string Read(string markdown)
    {
        var text = PlainText.Normalise(markdown);
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = Heading().Replace(text, "");
        text = Emphasis().Replace(text, "$2");
        return text;
    }

    [GeneratedRegex(@"!\[([^\]\n]*)\]\([^)\n]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]\n]+)\]\([^)\n]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:[^\n]*?\S)?)\1")]
    private static partial Regex Emphasis();
}
