using Formatter.Core.Text.Identifiers;

namespace Formatter.Tests.Text;

public class IdentifierTests
{
    [Theory]
    [InlineData("10.5555/jds.2019.0423", "10.5555/jds.2019.0423")]
    [InlineData("doi:10.5555/jds.2019.0423", "10.5555/jds.2019.0423")]
    [InlineData("DOI: 10.5555/jds.2019.0423", "10.5555/jds.2019.0423")]
    [InlineData("DOI 10.5555/jds.2019.0423", "10.5555/jds.2019.0423")]
    [InlineData("https://doi.org/10.5555/jds.2019.0423", "10.5555/jds.2019.0423")]
    [InlineData("http://dx.doi.org/10.5555/jds.2019.0423", "10.5555/jds.2019.0423")]
    [InlineData("https://dx.doi.org/10.5555/jds.2019.0423", "10.5555/jds.2019.0423")]
    [InlineData("HTTPS://DOI.ORG/10.5555/ABC", "10.5555/ABC")]
    [InlineData("doi.org/10.5555/abc", "10.5555/abc")]
    [InlineData("doi: https://doi.org/10.5555/abc", "10.5555/abc")]
    [InlineData("  10.5555/abc.  ", "10.5555/abc")]
    [InlineData("10.5555/abc,", "10.5555/abc")]
    [InlineData("<https://doi.org/10.5555/abc>", "10.5555/abc")]
    [InlineData("10.5555/ abc\n", "10.5555/abc")]
    [InlineData("10.48015/2076-7404-2020-12-1-3-31", "10.48015/2076-7404-2020-12-1-3-31")] // seed enrichment
    [InlineData("10.1016/S0140-6736(20)30183-5", "10.1016/S0140-6736(20)30183-5")]
    [InlineData("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O")]
    [InlineData("(10.5555/abc)", "10.5555/abc")]
    [InlineData("https://doi.org/10.5555/a%2Fb", "10.5555/a/b")]
    public void Normalize_gives_the_bare_doi(string value, string expected) => Assert.Equal(expected, Doi.Normalize(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://example.org/article")]
    [InlineData("11.5555/abc")]
    [InlineData("10.5555")]
    [InlineData("10.5555/")]
    [InlineData("10.abc/def")]
    public void Normalize_gives_null_for_what_is_not_a_doi(string? value)
    {
        Assert.Null(Doi.Normalize(value));
        Assert.False(Doi.IsDoi(value));
        Assert.Null(Doi.ToUrl(value));
    }

    [Theory]
    [InlineData("doi:10.5555/hcq.2023.0231", "https://doi.org/10.5555/hcq.2023.0231")] // J3
    [InlineData("https://dx.doi.org/10.5555/icds.2019.11", "https://doi.org/10.5555/icds.2019.11")] // P1
    [InlineData("10.5555/a#b?c", "https://doi.org/10.5555/a%23b%3Fc")]
    public void ToUrl_uses_the_doi_org_resolver(string value, string expected) => Assert.Equal(expected, Doi.ToUrl(value));

    [Theory]
    [InlineData("https://fmp.elpub.ru/jour/article/view/33", "https://fmp.elpub.ru/jour/article/view/33")] // seed
    [InlineData("  https://example.org/a  ", "https://example.org/a")]
    [InlineData("https://example.org/a.", "https://example.org/a")]
    [InlineData("https://example.org/a/.", "https://example.org/a/")]
    [InlineData("<https://example.org/a>", "https://example.org/a")]
    [InlineData("https://example.org/wiki/Foo_(bar)", "https://example.org/wiki/Foo_(bar)")]
    [InlineData("https://example.org/a)", "https://example.org/a")]
    [InlineData("https://example.org/long/\npath", "https://example.org/long/path")]
    [InlineData("https://example.org/search?q=a&b=c#x", "https://example.org/search?q=a&b=c#x")]
    public void Url_normalize_only_trims(string value, string expected) => Assert.Equal(expected, Url.Normalize(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" . ")]
    public void Url_normalize_gives_null_for_nothing(string? value) => Assert.Null(Url.Normalize(value));
}
