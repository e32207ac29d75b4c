using Formatter.Core.Api;
using Formatter.Core.Writers;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary><c>term_language</c> and <c>term_in</c>: terms of another language's set, chosen under the option <c>terms-by</c>.</summary>
public sealed class LanguageKitTests
{
    private static string Render(string termsBy, string language)
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string>
        {
            ["bibliography.sbn"] = "{{ term_language }}|{{ term_in 'ru' 'gost-page' }}|{{ term_in 'en' 'gost-page' }}|{{ term_in 'uk' 'gost-volume' }}",
        }, $$""", "locale": "ru-RU", "options": { "terms-by": "{{termsBy}}" }""");
        var formatter = new FormatterBuilder().AddPluginFolder(temp.Root).Build();
        var record = new Record { Id = "r", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "T", ["language"] = language } };
        var list = formatter.Format([record], "s");
        return PlainTextRenderer.Instance.Render(Assert.Single(list.Entries).Text);
    }

    [Fact]
    public void Under_script_every_Cyrillic_language_takes_the_Russian_set_and_the_rest_the_English_one() =>
        Assert.Equal("en|С.|P.|Т.", Render("script", "de"));

    [Fact]
    public void Under_record_each_language_has_its_own_set() =>
        Assert.Equal("uk|С.|P.|Т.", Render("record", "uk"));

    [Fact]
    public void Under_style_the_style_locale_answers() =>
        Assert.Equal("ru|С.|С.|Т.", Render("style", "en"));
}
