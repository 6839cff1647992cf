using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HarmLedger.Ingestion.Reading;

/// <summary>Reduces an HTML page to its article text: scripts, navigation and boilerplate go, paragraphs stay.</summary>
public static class HtmlArticle
{
    /// <summary>Nesting deeper than this is cut: no article needs it, and hostile pages use it to exhaust the stack.</summary>
    private const int MaxDepth = 200;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template",
        "button", "select", "object", "embed", "canvas", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "figure", "figcaption", "table", "tr", "dl", "dt", "dd", "hr", "address",
    };

    /// <summary>Reads the article text and title of a page.</summary>
    public static ReadReport Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var title = Clean(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"))
            ?? Clean(document.Title)
            ?? Clean(document.QuerySelector("h1")?.TextContent);
        var root = ArticleRoot(document);
        var builder = new StringBuilder();
        if (root is not null)
        {
            Append(root, builder, 0);
        }

        return new ReadReport(Tidy(builder), "html", title);
    }

    /// <summary>The element holding the article: the <c>article</c> with the most text, else <c>main</c>, else the body.</summary>
    private static IElement? ArticleRoot(IDocument document) =>
        document.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault()
        ?? document.QuerySelector("main")
        ?? document.Body;

    private static void Append(INode node, StringBuilder builder, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && !Dropped.Contains(element.LocalName))
            {
                if (element.LocalName == "br")
                {
                    builder.Append('\n');
                    continue;
                }

                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    builder.Append("\n\n");
                }

                Append(element, builder, depth + 1);
                if (block)
                {
                    builder.Append("\n\n");
                }
            }
        }
    }

    /// <summary>Collapses runs of spaces within lines and runs of blank lines into one paragraph break.</summary>
    private static string Tidy(StringBuilder builder)
    {
        var lines = builder.ToString().Replace('\u00A0', ' ').Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }

    private static string? Clean(string? value)
    {
        var trimmed = value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
