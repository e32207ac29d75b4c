namespace Formatter.Text;

/// <summary>Plain text, already in its final Unicode form (curly quotes, en dashes).</summary>
public sealed record TextRun(string Text) : RichNode
{
    /// <inheritdoc />
    public override void AppendPlainText(System.Text.StringBuilder builder) => builder.Append(Text);
}
