using Formatter.Text;

namespace Formatter.Tests.Text;

/// <summary><see cref="RichText.IsBlank"/> says what <c>string.IsNullOrWhiteSpace(ToPlainText())</c> says, for any tree.</summary>
public sealed class RichTextBlankTests
{
    [Fact]
    public void Blank_is_white_space_only_plain_text_on_random_trees()
    {
        var random = new Random(20261128);
        string[] texts = ["", " ", "\t\n", "\u00A0", "x", " . ", "\u2003"];
        string[] marks = ["", " ", "“", "«\u00A0"];
        RichNode Node(int depth) => depth > 2 || random.Next(3) == 0
            ? new TextRun(texts[random.Next(texts.Length)])
            : new Span((SpanKind)random.Next(Enum.GetValues<SpanKind>().Length), Enumerable.Range(0, random.Next(3)).Select(_ => Node(depth + 1)).ToList(),
                random.Next(4) == 0 ? null : marks[random.Next(marks.Length)] + "\t" + marks[random.Next(marks.Length)]);
        for (var i = 0; i < 2000; i++)
        {
            var text = new RichText(Enumerable.Range(0, random.Next(4)).Select(_ => Node(0)).ToList());
            Assert.Equal(string.IsNullOrWhiteSpace(text.ToPlainText()), text.IsBlank);
        }
    }

    [Fact]
    public void A_quote_around_nothing_is_not_blank() =>
        Assert.False(new RichText([new Span(SpanKind.Quote, [new TextRun(" ")], "“\t”")]).IsBlank);

    [Fact]
    public void Spaces_in_italics_are_blank() =>
        Assert.True(new RichText([new TextRun(" "), new Span(SpanKind.Italic, [new TextRun("\t")])]).IsBlank);
}
