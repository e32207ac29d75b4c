using System.Text;
using Formatter.Text;

namespace Formatter.Core.Writers;

/// <summary>CommonMark: <c>*italic*</c>, <c>**bold**</c>, links as <c>&lt;url&gt;</c> or <c>[text](url)</c>; data escaped.</summary>
public sealed class MarkdownRenderer : IRichTextRenderer
{
    /// <summary>The shared instance.</summary>
    public static readonly MarkdownRenderer Instance = new();

    // What running text must escape: CommonMark's inline markup (code, emphasis, links, autolinks and HTML, escapes)
    // and GitHub's strikethrough. Parentheses need no escape once brackets have one; `&` only before an entity name.
    private const string InlineMarkup = "\\`*_[]<>~";

    /// <inheritdoc />
    public string Render(RichText text)
    {
        var builder = new StringBuilder();
        foreach (var node in text.Nodes) Append(node, builder);
        return builder.ToString();
    }

    /// <summary>Escapes the characters of running text that CommonMark would read as inline markup.</summary>
    public static string Escape(string text) => Escape(text, atLineStart: false);

    /// <summary>
    /// As <see cref="Escape(string)"/>; at the start of a line (the text's own start when <paramref name="atLineStart"/>,
    /// and after every line break in it) also what would open a block there: a heading (<c>#</c>), a list item
    /// (<c>-</c>, <c>+</c>, <c>6.</c>, <c>6)</c>) or a quotation (<c>&gt;</c>, escaped anyway).
    /// </summary>
    public static string Escape(string text, bool atLineStart)
    {
        var builder = new StringBuilder(text.Length + 8);
        var blockMarker = atLineStart ? BlockMarkerAt(text, 0) : -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == blockMarker || InlineMarkup.Contains(c) || (c == '&' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#')))
                builder.Append('\\');
            builder.Append(c);
            if (c == '\n') blockMarker = BlockMarkerAt(text, i + 1);
        }
        return builder.ToString();
    }

    // The character that would make the line starting at `start` a heading or a list item (after its indentation), or -1.
    private static int BlockMarkerAt(string text, int start)
    {
        while (start < text.Length && text[start] is ' ' or '\t') start++;
        if (start >= text.Length) return -1;
        if (text[start] is '#' or '-' or '+') return start;
        var end = start;
        while (end < text.Length && end - start < 9 && char.IsAsciiDigit(text[end])) end++;
        return end > start && end < text.Length && text[end] is '.' or ')' ? end : -1;
    }

    private static void Append(RichNode node, StringBuilder builder)
    {
        switch (node)
        {
            case TextRun run:
                builder.Append(Escape(run.Text, atLineStart: builder.Length == 0));
                break;
            case Span { Kind: SpanKind.Link } link:
                AppendLink(link, builder);
                break;
            case Span span:
                var (open, close) = Delimiters(span);
                builder.Append(open);
                foreach (var child in span.Children) Append(child, builder);
                builder.Append(close);
                break;
        }
    }

    private static void AppendLink(Span link, StringBuilder builder)
    {
        var inner = new StringBuilder();
        foreach (var child in link.Children) Append(child, inner);
        var target = (link.Argument ?? "").Replace(" ", "%20").Replace(">", "%3E").Replace("<", "%3C");
        if (inner.ToString() == Escape(link.Argument ?? "")) builder.Append('<').Append(target).Append('>');
        else builder.Append('[').Append(inner).Append("](<").Append(target).Append(">)");
    }

    private static (string Open, string Close) Delimiters(Span span) => span.Kind switch
    {
        SpanKind.Italic => ("*", "*"),
        SpanKind.Bold => ("**", "**"),
        SpanKind.Superscript => ("<sup>", "</sup>"),
        SpanKind.Subscript => ("<sub>", "</sub>"),
        SpanKind.Quote => (span.OpenQuote, span.CloseQuote),
        _ => ("", ""),
    };
}
