using Formatter.Core.Locales;

namespace Formatter.Tests.Locales;

public class LocaleStoreTests
{
    private static readonly LocaleStore Store = LocaleStore.Default;

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("ru")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("uk")]
    public void Embedded_locales_load(string tag)
    {
        Assert.Contains(tag, LocaleStore.EmbeddedTags);
        var locale = Store.GetExact(tag);
        Assert.NotNull(locale);
        Assert.Equal(tag, locale.Tag);
        Assert.NotEmpty(locale.Month(12));
        Assert.NotEmpty(locale.Season(4));
        Assert.NotNull(locale.Term("and"));
        Assert.NotNull(locale.Term("et-al"));
    }

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru_RU", "ru")]
    [InlineData("RU", "ru")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("de-AT", "de")]
    [InlineData("uk-UA", "uk")]
    [InlineData("sr-Latn-RS", "en")]
    [InlineData("xx", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void Falls_back_to_language_then_english(string? requested, string expected) =>
        Assert.Equal(expected, Store.Get(requested).Tag);

    [Fact]
    public void Same_tag_gives_the_cached_instance() => Assert.Same(Store.Get("ru-RU"), Store.Get("ru-RU"));

    [Fact]
    public void Region_file_is_laid_over_its_language()
    {
        var gb = Store.Get("en-GB");
        Assert.Equal("Autumn", gb.Season(3));
        Assert.Equal("Fall", Store.Get("en").Season(3));
        Assert.Equal("‘", gb.Quotes.OuterOpen);
        Assert.Equal("edited by", gb.Term("editor", form: "verb"));
        Assert.Equal("April", gb.Month(4));
        Assert.False(gb.PunctuationInQuote);
        Assert.True(Store.Get("en").PunctuationInQuote);
        Assert.Equal("edn", gb.Term("edition", form: "short"));
        Assert.Equal("ed.", Store.Get("en").Term("edition", form: "short"));
        Assert.Equal("edition", gb.Term("edition"));
        Assert.Equal("available at", gb.Term("available at"));
    }

    [Fact]
    public void Fallback_chain_lists_tags_most_specific_first() =>
        Assert.Equal(["sr-Latn-RS", "sr-Latn", "sr", "en"], LanguageTag.FallbackChain("sr_latn_rs"));

    [Fact]
    public void Custom_reader_with_missing_english_throws()
    {
        var store = new LocaleStore(_ => null);
        Assert.Throws<InvalidOperationException>(() => store.Get("ru"));
    }

    [Fact]
    public void Malformed_data_reports_the_locale()
    {
        var store = new LocaleStore(tag => tag == "en" ? "{ \"terms\": { \"and\": 5 } }" : null);
        var error = Assert.Throws<InvalidDataException>(() => store.Get("en"));
        Assert.Contains("en", error.Message, StringComparison.Ordinal);
    }
}
