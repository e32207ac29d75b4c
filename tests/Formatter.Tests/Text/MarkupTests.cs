using Formatter.Core.Locales;
using Formatter.Core.Text;
using Formatter.Text;

namespace Formatter.Tests.Text;

public class MarkupTests
{
    private const char O = Markup.Open;
    private const char T = Markup.TagEnd;
    private const char C = Markup.Close;

    [Fact]
    public void Wrap_writes_open_tag_content_close_and_drops_empty_content()
    {
        Assert.Equal($"{O}i{T}Title{C}", Markup.Wrap("i", "Title"));
        Assert.Equal($"{O}link https://x.org{T}x{C}", Markup.Wrap("link https://x.org", "x"));
        Assert.Equal("", Markup.Wrap("i", ""));
        Assert.Equal("", Markup.Wrap("i", null));
    }

    [Theory]
    [InlineData("plain", "plain", 'n')]
    [InlineData("\uE000i\uE001Title\uE002.", "Title.", '.')]
    [InlineData("A \uE000link https://x.org\uE001x.org\uE002\uE002", "A x.org", 'g')]
    [InlineData("\uE000q\uE001\uE000i\uE001\uE002\uE002", "", '\0')]
    [InlineData("Open \uE000part author", "Open ", ' ')] // an unterminated tag hides the rest
    public void Strip_and_last_visible_char_look_through_markers_and_tags(string value, string visible, char last)
    {
        Assert.Equal(visible, Markup.Strip(value));
        Assert.Equal(last, Markup.LastVisibleChar(value));
    }

    [Fact]
    public void Parser_builds_spans_with_part_names_and_alternating_quotes()
    {
        var quotes = QuoteMarks.English;
        var text = MarkupParser.Parse($"{O}part author{T}Smith{C}. {O}q{T}A {O}q{T}b{C} c{C}{T}.", quotes);
        Assert.Equal("Smith. “A ‘b’ c”.", text.ToPlainText());
        var part = Assert.IsType<Span>(text.Nodes[0]);
        Assert.Equal(SpanKind.Part, part.Kind);
        Assert.Equal("author", part.Argument);
        var outer = Assert.IsType<Span>(text.Nodes[2]);
        var inner = Assert.IsType<Span>(outer.Children[1]);
        Assert.Equal(("“", "”", "‘", "’"), (outer.OpenQuote, outer.CloseQuote, inner.OpenQuote, inner.CloseQuote));
    }

    [Fact]
    public void Each_parse_gives_a_tree_of_its_own_with_siblings_nesting_and_unclosed_spans()
    {
        var quotes = QuoteMarks.English;
        var first = MarkupParser.Parse($"{O}i{T}A{C}{O}b{T}B {O}sc{T}C{C}{C} {O}i{T}D", quotes);
        var encoded = RichTextEncoding.Encode(first.Nodes);
        // The parser gathers nodes in lists of its own, one per depth: a later parse must not reach into a tree given out.
        var second = MarkupParser.Parse($"{O}b{T}x {O}i{T}y{C}{C}{O}i{T}{C}z", quotes);

        Assert.Equal(encoded, RichTextEncoding.Encode(first.Nodes));
        Assert.Equal("AB C D", first.ToPlainText());
        Assert.Equal([SpanKind.Italic, SpanKind.Bold, SpanKind.Italic], first.Nodes.OfType<Span>().Select(s => s.Kind));
        var bold = Assert.IsType<Span>(first.Nodes[1]);
        Assert.Equal(SpanKind.SmallCaps, Assert.IsType<Span>(bold.Children[1]).Kind);
        Assert.Equal("x yz", second.ToPlainText());
        Assert.Equal(2, second.Nodes.Count); // the empty italic span is dropped
    }

    [Fact]
    public void Rich_text_is_empty_only_without_visible_characters()
    {
        Assert.True(RichText.Empty.IsEmpty);
        Assert.True(new RichText([new Span(SpanKind.Italic, [new TextRun("")])]).IsEmpty);
        Assert.True(new RichText([new Span(SpanKind.Quote, [], "\t")]).IsEmpty);
        Assert.False(new RichText([new Span(SpanKind.Quote, [], "“\t”")]).IsEmpty); // the marks are visible
        Assert.False(new RichText([new Span(SpanKind.Part, [new Span(SpanKind.Italic, [new TextRun("x")])], "author")]).IsEmpty);
    }
}
