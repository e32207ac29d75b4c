using Formatter.Text;

namespace Formatter.Core.Api;

/// <summary>One entry of a formatted reference list.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Text">The entry as formatting intent; writers turn it into each output format.</param>
/// <param name="Citation">The in-text citation of the record alone, when the style defines one.</param>
/// <param name="Label">A label printed before the entry (e.g. <c>1.</c>), when the list is numbered.</param>
public sealed record FormattedEntry(string Id, RichText Text, RichText? Citation, string? Label);
