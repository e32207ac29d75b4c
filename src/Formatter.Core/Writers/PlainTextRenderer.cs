using Formatter.Text;

namespace Formatter.Core.Writers;

/// <summary>Plain Unicode: markup dropped, quotation marks kept.</summary>
public sealed class PlainTextRenderer : IRichTextRenderer
{
    /// <summary>The shared instance.</summary>
    public static readonly PlainTextRenderer Instance = new();

    /// <inheritdoc />
    public string Render(RichText text) => text.ToPlainText();
}
