using System.Net;
using Formatter.Core.Api;

namespace Formatter.Core.Writers;

/// <summary>An HTML fragment: one <c>div.csl-entry</c> per entry inside a <c>div.csl-bib-body</c>; empty entries are not listed.</summary>
public sealed class HtmlBibliographyWriter : IBibliographyWriter
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public void Write(FormattedBibliography bibliography, TextWriter output)
    {
        output.Write("<div class=\"csl-bib-body\">\n");
        foreach (var entry in bibliography.Entries)
        {
            if (entry.Text.IsEmpty) continue;
            output.Write("  <div class=\"csl-entry\">");
            if (entry.Label is not null) output.Write($"<span class=\"csl-left-margin\">{WebUtility.HtmlEncode(entry.Label)}</span> ");
            output.Write(HtmlRenderer.Instance.Render(entry.Text));
            output.Write("</div>\n");
        }
        output.Write("</div>\n");
    }
}
