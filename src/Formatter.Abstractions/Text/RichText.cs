namespace Formatter.Text;

/// <summary>Formatted text as a tree of intents (italic, link, quote …), independent of any output format.</summary>
public sealed class RichText
{
    /// <summary>An empty text.</summary>
    public static readonly RichText Empty = new(Array.Empty<RichNode>());

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The compact text a thread decoded last, with its nodes: reading Nodes several times in a row decodes once.
    [ThreadStatic]
    private static RichText? t_lastDecoded;

    [ThreadStatic]
    private static IReadOnlyList<RichNode>? t_lastNodes;

    private readonly IReadOnlyList<RichNode>? _nodes;

    // A compact text's encoding: its UTF-8 bytes, or where they are in the host's store (a SpilledText).
    private readonly object? _compact;

    /// <summary>Creates a text from its top-level nodes.</summary>
    public RichText(IReadOnlyList<RichNode> nodes) => _nodes = nodes;

    private RichText(object compact) => _compact = compact;

    /// <summary>
    /// The top-level nodes. A text the host keeps compact (the entries of a long list) decodes them when asked: equal
    /// nodes, not always the same objects (calls in a row on one text give the same ones).
    /// </summary>
    public IReadOnlyList<RichNode> Nodes => _nodes ?? Decoded();

    /// <summary>True when the text has no visible characters.</summary>
    public bool IsEmpty
    {
        get
        {
            var nodes = Nodes;
            for (var i = 0; i < nodes.Count; i++)
                if (HasVisibleText(nodes[i])) return false;
            return true;
        }
    }

    /// <summary>
    /// True when the text shows nothing but white space: what <c>string.IsNullOrWhiteSpace(ToPlainText())</c> says,
    /// without building the string.
    /// </summary>
    public bool IsBlank
    {
        get
        {
            var nodes = Nodes;
            for (var i = 0; i < nodes.Count; i++)
                if (!IsBlankNode(nodes[i])) return false;
            return true;
        }
    }

    /// <summary>The text without markup (quotes rendered as their marks).</summary>
    public string ToPlainText()
    {
        var nodes = Nodes;
        if (nodes.Count == 0) return "";
        if (nodes.Count == 1 && nodes[0] is TextRun run) return run.Text;
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < nodes.Count; i++) nodes[i].AppendPlainText(builder);
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
                var children = span.Children;
                for (var i = 0; i < children.Count; i++)
                    if (HasVisibleText(children[i])) return true;
                return false;
            default:
                var builder = new System.Text.StringBuilder();
                node.AppendPlainText(builder);
                return builder.Length > 0;
        }
    }

    private static bool IsBlankNode(RichNode node)
    {
        switch (node)
        {
            case TextRun run:
                return string.IsNullOrWhiteSpace(run.Text);
            case Span span:
                if (span.Kind == SpanKind.Quote && !(string.IsNullOrWhiteSpace(span.OpenQuote) && string.IsNullOrWhiteSpace(span.CloseQuote))) return false;
                var children = span.Children;
                for (var i = 0; i < children.Count; i++)
                    if (!IsBlankNode(children[i])) return false;
                return true;
            default:
                var builder = new System.Text.StringBuilder();
                node.AppendPlainText(builder);
                return string.IsNullOrWhiteSpace(builder.ToString());
        }
    }

    /// <inheritdoc />
    public override string ToString() => ToPlainText();

    private IReadOnlyList<RichNode> Decoded()
    {
        if (ReferenceEquals(t_lastDecoded, this) && t_lastNodes is { } recent) return recent;
        var nodes = RichTextEncoding.Decode(_compact is byte[] bytes ? StrictUtf8.GetString(bytes) : ((SpilledText)_compact!).Read(StrictUtf8));
        t_lastDecoded = this;
        t_lastNodes = nodes;
        return nodes;
    }

    /// <summary>
    /// The same text holding its nodes as one encoded string in UTF-8 (see <see cref="RichTextEncoding"/>): a fraction
    /// of the memory of the tree, for texts kept while a long list is formatted and written. This text when it already
    /// is compact, or when its text is not valid Unicode (a lone surrogate), which UTF-8 cannot keep.
    /// </summary>
    internal RichText Compact()
    {
        if (_nodes is null || ReferenceEquals(this, Empty)) return this;
        return Encoded() is { } bytes ? new RichText(bytes) : this;
    }

    /// <summary>
    /// The same text with its encoded nodes (as <see cref="Compact"/> keeps them) put in <paramref name="store"/>: a
    /// few bytes of memory. This text when it already is in a store, or when it cannot be encoded.
    /// </summary>
    internal RichText Spill(ISpillStore store)
    {
        if (_compact is SpilledText || ReferenceEquals(this, Empty)) return this;
        if ((_compact as byte[] ?? Encoded()) is not { } bytes) return this;
        var (offset, length) = store.Append(bytes);
        return new RichText(new SpilledText(store, offset, length));
    }

    private byte[]? Encoded()
    {
        try
        {
            return StrictUtf8.GetBytes(RichTextEncoding.Encode(_nodes!));
        }
        catch (System.Text.EncoderFallbackException)
        {
            return null;
        }
    }
}
