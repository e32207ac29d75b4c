using System.Text;
using Formatter.Text;

namespace Formatter.Core.Writers;

/// <summary>CommonMark: <c>*italic*</c>, <c>**bold**</c>, links as <c>&lt;url&gt;</c> or <c>[text](url)</c>; data escaped.</summary>
public sealed class MarkdownRenderer : IRichTextRenderer
{
    /// <summary>The shared instance.</summary>
    public static readonly MarkdownRenderer Instance = new();

    private const string Escaped = "\\`*_{}[]<>()#+-!|~&";

    /// <inheritdoc />
    public string Render(RichText text)
    {
        var builder = new StringBuilder();
        foreach (var node in text.Nodes) Append(node, builder);
        return builder.ToString();
    }

    /// <summary>Escapes characters that CommonMark would read as markup.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Escaped.Contains(c)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static void Append(RichNode node, StringBuilder builder)
    {
        switch (node)
        {
            case TextRun run:
                builder.Append(Escape(run.Text));
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
