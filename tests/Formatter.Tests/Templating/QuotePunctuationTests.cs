using Formatter.Core.Api;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>Where a comma or period goes at a closing quotation mark follows the style's locale, or the style's option.</summary>
public sealed class QuotePunctuationTests
{
    private static readonly Record Article = new()
    {
        Id = "a1",
        Type = "article-journal",
        Fields = new Dictionary<string, string> { ["title"] = "Measuring trust", ["container-title"] = "Health Review" },
    };

    private static string Render(string locale, IReadOnlyDictionary<string, string>? options = null)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ period (join ', ' [(quote r.title), r.container_title]) }}" },
            $$""", "locale": "{{locale}}" """);
        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([Article], "s", options);
        Assert.Empty(list.Diagnostics);
        return Assert.Single(list.Entries).Text.ToPlainText();
    }

    [Fact]
    public void American_usage_moves_the_comma_inside() =>
        Assert.Equal("“Measuring trust,” Health Review.", Render("en-US"));

    [Fact]
    public void British_usage_keeps_the_comma_outside() =>
        Assert.Equal("‘Measuring trust’, Health Review.", Render("en-GB"));

    [Theory]
    [InlineData("en-US", "false", "“Measuring trust”, Health Review.")]
    [InlineData("en-GB", "true", "‘Measuring trust,’ Health Review.")]
    public void The_option_overrides_the_locale(string locale, string value, string expected) =>
        Assert.Equal(expected, Render(locale, new Dictionary<string, string> { ["punctuation-in-quote"] = value }));
}
