using Formatter.Core.Api;
using Formatter.Core.Writers;
using Formatter.Text;

namespace Formatter.Tests.Writers;

/// <summary>An entry a style leaves empty (a work cited in notes or in the text only) is not listed; JSON keeps it for its citation.</summary>
public class EmptyEntryTests
{
    private static FormattedBibliography List() => new("s",
    [
        new FormattedEntry("a", new RichText([new TextRun("Abbott, Lena. Title.")]), null, null),
        new FormattedEntry("b", RichText.Empty, new RichText([new TextRun("(Baker, personal communication)")]), null),
        new FormattedEntry("c", new RichText([new TextRun("Chen, Wei. Title.")]), null, null),
    ], []);

    [Theory]
    [InlineData("text", "Abbott, Lena. Title.\nChen, Wei. Title.\n")]
    [InlineData("markdown", "Abbott, Lena. Title.\n\nChen, Wei. Title.\n")]
    public void Text_and_markdown_skip_empty_entries(string format, string expected) =>
        Assert.Equal(expected, CitationFormatter.Write(List(), format));

    [Fact]
    public void Html_skips_empty_entries() =>
        Assert.Equal(2, CitationFormatter.Write(List(), "html").Split("csl-entry").Length - 1);
}
