using Formatter.Core.Api;

namespace Formatter.Core.Writers;

/// <summary>Plain Unicode text, one entry per line; an entry the style leaves empty (cited in notes or text only) is not listed.</summary>
public sealed class TextBibliographyWriter : IBibliographyWriter
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public void Write(FormattedBibliography bibliography, TextWriter output)
    {
        foreach (var entry in bibliography.Entries)
        {
            if (entry.Text.IsEmpty) continue;
            if (entry.Label is not null) output.Write(entry.Label + " ");
            output.Write(PlainTextRenderer.Instance.Render(entry.Text));
            output.Write('\n');
        }
    }
}
