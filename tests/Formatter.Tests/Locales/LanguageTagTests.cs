using Formatter.Core.Locales;

namespace Formatter.Tests.Locales;

public class LanguageTagTests
{
    [Theory]
    [InlineData("ru-RU", "ru-RU")]
    [InlineData("RU_ru", "ru-RU")]
    [InlineData(" en-us ", "en-US")]
    [InlineData("sr_latn_rs", "sr-Latn-RS")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize(string? tag, string expected) => Assert.Equal(expected, LanguageTag.Normalize(tag));

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru", "ru")]
    [InlineData("EN_us", "en")]
    [InlineData(" de ", "de")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Primary(string? tag, string expected) => Assert.Equal(expected, LanguageTag.PrimaryOf(tag));
}
