namespace Formatter.Text;

/// <summary>Formatted text as a tree of intents (italic, link, quote …), independent of any output format.</summary>
public sealed class RichText
{
    /// <summary>An empty text.</summary>
    public static readonly RichText Empty = new([]);

    /// <summary>Creates a text from its top-level nodes.</summary>
    public RichText(IReadOnlyList<RichNode> nodes) => Nodes = nodes;

    /// <summary>The top-level nodes.</summary>
    public IReadOnlyList<RichNode> Nodes { get; }

    /// <summary>True when the text has no visible characters.</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (var node in Nodes)
                if (HasVisibleText(node)) return false;
            return true;
        }
    }

    /// <summary>The text without markup (quotes rendered as their marks).</summary>
    public string ToPlainText()
    {
        if (Nodes.Count == 0) return "";
        if (Nodes.Count == 1 && Nodes[0] is TextRun run) return run.Text;
        var builder = new System.Text.StringBuilder();
        foreach (var node in Nodes) node.AppendPlainText(builder);
        return builder.ToString();
    }

    private static bool HasVisibleText(RichNode node)
    {
        switch (node)
        {
            case TextRun run:
                return run.Text.Length > 0;
            case Span span:
                if (span.Kind == SpanKind.Quote && (span.OpenQuote.Length > 0 || span.CloseQuote.Length > 0)) return true;
                foreach (var child in span.Children)
                    if (HasVisibleText(child)) return true;
                return false;
            default:
                var builder = new System.Text.StringBuilder();
                node.AppendPlainText(builder);
                return builder.Length > 0;
        }
    }

    /// <inheritdoc />
    public override string ToString() => ToPlainText();
}
