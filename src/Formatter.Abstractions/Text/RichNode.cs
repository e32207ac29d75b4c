namespace Formatter.Text;

/// <summary>A node of a rich-text tree: plain text or a span with a formatting intent.</summary>
public abstract record RichNode
{
    /// <summary>Appends the plain text of this node (quotes included, no markup) to a builder.</summary>
    public abstract void AppendPlainText(System.Text.StringBuilder builder);
}
