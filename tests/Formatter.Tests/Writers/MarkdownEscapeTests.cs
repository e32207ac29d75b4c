using Formatter.Core.Writers;

namespace Formatter.Tests.Writers;

/// <summary>Markdown output escapes what CommonMark would read as markup, and nothing that reads as plain text.</summary>
public sealed class MarkdownEscapeTests
{
    [Theory]
    [InlineData("Batyuk, V. I. (2020). The NATO-Russia relations", "Batyuk, V. I. (2020). The NATO-Russia relations")]
    [InlineData("Smith & Doe (Eds.), pp. 1–10!", "Smith & Doe (Eds.), pp. 1–10!")]
    [InlineData("a *b* _c_ `d` [e] <f> ~g~ \\h", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\] \\<f\\> \\~g\\~ \\\\h")]
    [InlineData("AT&T &amp; &#42;", "AT\\&T \\&amp; \\&#42;")]
    [InlineData("a\n- b", "a\n\\- b")]
    public void Running_text_escapes_inline_markup_only(string text, string expected) =>
        Assert.Equal(expected, MarkdownRenderer.Escape(text));

    [Theory]
    [InlineData("6. Extensions and generalizations", "6\\. Extensions and generalizations")]
    [InlineData("2) Results", "2\\) Results")]
    [InlineData("# of cases", "\\# of cases")]
    [InlineData("- a dash", "\\- a dash")]
    [InlineData("+ plus", "\\+ plus")]
    [InlineData("2020. Title", "2020\\. Title")]
    [InlineData("2020 Title. 6. Part", "2020 Title. 6. Part")]
    [InlineData("Wrapped\n- dash\n# hash\n  3. three", "Wrapped\n\\- dash\n\\# hash\n  3\\. three")]
    public void A_line_start_escapes_what_would_open_a_block(string text, string expected) =>
        Assert.Equal(expected, MarkdownRenderer.Escape(text, atLineStart: true));
}
