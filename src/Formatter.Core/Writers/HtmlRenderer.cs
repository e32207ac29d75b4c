using System.Net;
using System.Text;
using Formatter.Text;

namespace Formatter.Core.Writers;

/// <summary>
/// HTML fragments: <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, small caps, sub/superscript, links; all data escaped. Italics
/// inside italics are set roman (reverse italics: a book title within an italic title), as citeproc-js writes them.
/// </summary>
public sealed class HtmlRenderer : IRichTextRenderer
{
    /// <summary>The shared instance.</summary>
    public static readonly HtmlRenderer Instance = new();

    /// <inheritdoc />
    public string Render(RichText text)
    {
        var builder = new StringBuilder();
        foreach (var node in text.Nodes) Append(node, builder, italic: false);
        return builder.ToString();
    }

    private static void Append(RichNode node, StringBuilder builder, bool italic)
    {
        switch (node)
        {
            case TextRun run:
                builder.Append(WebUtility.HtmlEncode(run.Text));
                break;
            case Span span:
                var (open, close) = span.Kind == SpanKind.Italic && italic ? (RomanOpen, "</span>") : Tags(span);
                var inner = span.Kind == SpanKind.Italic ? !italic : italic;
                builder.Append(open);
                foreach (var child in span.Children) Append(child, builder, inner);
                builder.Append(close);
                break;
        }
    }

    private const string RomanOpen = "<span style=\"font-style:normal;\">";

    private static (string Open, string Close) Tags(Span span) => span.Kind switch
    {
        SpanKind.Italic => ("<i>", "</i>"),
        SpanKind.Bold => ("<b>", "</b>"),
        SpanKind.SmallCaps => ("<span style=\"font-variant:small-caps;\">", "</span>"),
        SpanKind.Superscript => ("<sup>", "</sup>"),
        SpanKind.Subscript => ("<sub>", "</sub>"),
        SpanKind.Link => ($"<a href=\"{WebUtility.HtmlEncode(span.Argument ?? "")}\">", "</a>"),
        SpanKind.Quote => (WebUtility.HtmlEncode(span.OpenQuote), WebUtility.HtmlEncode(span.CloseQuote)),
        _ => ("", ""),
    };
}
