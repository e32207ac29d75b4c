namespace Formatter.Text;

/// <summary>A run of nodes that share a formatting intent.</summary>
public sealed record Span(SpanKind Kind, IReadOnlyList<RichNode> Children, string? Argument = null) : RichNode
{
    /// <summary>For <see cref="SpanKind.Quote"/>: the opening mark.</summary>
    public string OpenQuote => Argument is { } a && a.IndexOf('\t') is var i and >= 0 ? a[..i] : "“";

    /// <summary>For <see cref="SpanKind.Quote"/>: the closing mark.</summary>
    public string CloseQuote => Argument is { } a && a.IndexOf('\t') is var i and >= 0 ? a[(i + 1)..] : "”";

    /// <inheritdoc />
    public override void AppendPlainText(System.Text.StringBuilder builder)
    {
        if (Kind == SpanKind.Quote) builder.Append(OpenQuote);
        // By index: the children are an array or a list behind the interface, whose enumerator would be allocated.
        for (var i = 0; i < Children.Count; i++) Children[i].AppendPlainText(builder);
        if (Kind == SpanKind.Quote) builder.Append(CloseQuote);
    }
}
