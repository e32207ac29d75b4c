using Formatter.Core.Text;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Formatting intent for templates: <c>italic</c>, <c>bold</c>, <c>smallcaps</c>, <c>sup</c>, <c>sub</c>, <c>quote</c>,
/// <c>link text url</c>, <c>part name text</c>. Templates never write HTML; empty input gives empty output.
/// </summary>
internal sealed class MarkupKit
{
    public string Italic(string? text) => Markup.Wrap("i", text);

    public string Bold(string? text) => Markup.Wrap("b", text);

    public string Smallcaps(string? text) => Markup.Wrap("sc", text);

    public string Sup(string? text) => Markup.Wrap("sup", text);

    public string Sub(string? text) => Markup.Wrap("sub", text);

    public string Quote(string? text) => Markup.Wrap("q", text);

    public string Link(string? text, string? url) =>
        string.IsNullOrWhiteSpace(url) ? text ?? "" : Markup.Wrap("link " + Markup.Sanitize(url.Trim()), text);

    public string Part(string name, string? text) => Markup.Wrap("part " + name, text);
}
