using System.Net;
using System.Text;
using Formatter.Text;

namespace Formatter.Core.Writers;

/// <summary>
/// HTML fragments: <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, small caps, sub/superscript, links; all data escaped. Italics inside
/// italics print roman (<c>&lt;span style="font-style:normal;"&gt;</c>), as a title within an italic title does (CMOS 8.171).
/// </summary>
public sealed class HtmlRenderer : IRichTextRenderer
{
    /// <summary>The shared instance.</summary>
    public static readonly HtmlRenderer Instance = new();

    /// <inheritdoc />
    public string Render(RichText text)
    {
        var builder = new StringBuilder();
        foreach (var node in text.Nodes) Append(node, builder, inItalic: false);
        return builder.ToString();
    }

    private static void Append(RichNode node, StringBuilder builder, bool inItalic)
    {
        switch (node)
        {
            case TextRun run:
                builder.Append(WebUtility.HtmlEncode(run.Text));
                break;
            case Span span:
                var (open, close) = span.Kind == SpanKind.Italic && inItalic ? ("<span style=\"font-style:normal;\">", "</span>") : Tags(span);
                builder.Append(open);
                foreach (var child in span.Children) Append(child, builder, inItalic ^ (span.Kind == SpanKind.Italic));
                builder.Append(close);
                break;
        }
    }

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
