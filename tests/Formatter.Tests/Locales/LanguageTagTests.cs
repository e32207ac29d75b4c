using Formatter.Core.Locales;

namespace Formatter.Tests.Locales;

public class LanguageTagTests
{
    [Theory]
    [InlineData("ru-RU", "ru-RU")]
    [InlineData("RU_ru", "ru-RU")]
    [InlineData(" en-us ", "en-US")]
    [InlineData("sr_latn_rs", "sr-Latn-RS")]
    [InlineData("sr-Latn-RS", "sr-Latn-RS")]
    [InlineData("sr-latn-RS", "sr-Latn-RS")]
    [InlineData("EN", "en")]
    [InlineData("en-us", "en-US")]
    [InlineData("en--US", "en-US")]
    [InlineData("-en", "en")]
    [InlineData("en-", "en")]
    [InlineData("en-419", "en-419")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW")]
    [InlineData("de-DE-1996", "de-DE-1996")]
    [InlineData("de-DE-X1", "de-DE-X1")]
    [InlineData("de-DE-x1", "de-DE-X1")]
    [InlineData("1234-ab", "1234-AB")]
    [InlineData("fr CA", "fr ca")]
    [InlineData("ég-HU", "ég-HU")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize(string? tag, string expected) => Assert.Equal(expected, LanguageTag.Normalize(tag));

    // Tags of two parts or more: the long way splits and joins them into a new string (a one-part tag such as `en`
    // comes back as the same string either way, so it would prove nothing here).
    [Theory]
    [InlineData("en-419")]
    [InlineData("en-US")]
    [InlineData("sr-Latn-RS")]
    public void A_canonical_tag_is_given_back_as_it_is(string tag) => Assert.Same(tag, LanguageTag.Normalize(tag));

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru", "ru")]
    [InlineData("EN_us", "en")]
    [InlineData(" de ", "de")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Primary(string? tag, string expected) => Assert.Equal(expected, LanguageTag.PrimaryOf(tag));
}
