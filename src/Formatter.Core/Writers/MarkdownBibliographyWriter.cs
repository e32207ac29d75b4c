using Formatter.Core.Api;

namespace Formatter.Core.Writers;

/// <summary>CommonMark: one paragraph per entry (a numbered list when the style numbers entries); empty entries are not listed.</summary>
public sealed class MarkdownBibliographyWriter : IBibliographyWriter
{
    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public void Write(FormattedBibliography bibliography, TextWriter output)
    {
        var first = true;
        foreach (var entry in bibliography.Entries)
        {
            if (entry.Text.IsEmpty) continue;
            if (!first) output.Write('\n');
            first = false;
            var text = MarkdownRenderer.Instance.Render(entry.Text);
            output.Write(entry.Label is null ? text : MarkdownRenderer.Escape(entry.Label) + " " + text);
            output.Write('\n');
        }
    }
}
