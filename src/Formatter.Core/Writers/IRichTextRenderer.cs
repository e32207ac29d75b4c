using Formatter.Text;

namespace Formatter.Core.Writers;

/// <summary>Renders one rich text into a string of an output format.</summary>
public interface IRichTextRenderer
{
    /// <summary>Renders <paramref name="text"/>.</summary>
    string Render(RichText text);
}
