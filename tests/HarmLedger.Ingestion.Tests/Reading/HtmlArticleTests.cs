using HarmLedger.Ingestion.Reading;

namespace HarmLedger.Ingestion.Tests.Reading;

public sealed class HtmlArticleTests
{
    [Fact]
    public void Read_PageWithBoilerplate_KeepsOnlyArticleParagraphs()
    {
        const string Html = """
            <html><head><title>Strike hits town</title><script>var x = "tracking";</script></head>
            <body><nav>Home | World</nav>
            <article><h1>Strike hits town</h1><p>An air strike killed 4 civilians.</p><p>Two were children.</p></article>
            <footer>Subscribe now</footer></body></html>
            """;

        var report = HtmlArticle.Read(Html);

        Assert.Equal("Strike hits town\n\nAn air strike killed 4 civilians.\n\nTwo were children.", report.Text);
        Assert.Equal("Strike hits town", report.Title);
    }

    [Fact]
    public void Read_EntitiesAndMarkup_AreDecodedAsTextNotHtml()
    {
        const string Html = "<p>Deaths &gt; 10 &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>";

        var report = HtmlArticle.Read(Html);

        Assert.Equal("Deaths > 10 & <script>alert(1)</script>", report.Text);
    }

    [Fact]
    public void Read_HostileDeepNesting_ReturnsWithoutExhaustingTheStack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 50_000));

        var report = HtmlArticle.Read("<p>Top paragraph.</p>" + html);

        Assert.StartsWith("Top paragraph.", report.Text, StringComparison.Ordinal);
    }
}
