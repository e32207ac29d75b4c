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
    public bool IsEmpty => ToPlainText().Length == 0;

    /// <summary>The text without markup (quotes rendered as their marks).</summary>
    public string ToPlainText()
    {
        var builder = new System.Text.StringBuilder();
        foreach (var node in Nodes) node.AppendPlainText(builder);
        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToPlainText();
}
