using Formatter.Core.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>The template's <c>list</c> object: values list passes computed for the entry (<c>list.year_suffix</c> …); absent ones are null.</summary>
internal sealed class ListValuesView(RenderState state) : ReadOnlyView
{
    public override int Count => state.Entry?.ValuesSet.Count ?? 0;

    public override IEnumerable<string> GetMembers() => state.Entry?.ValuesSet.Keys ?? [];

    public override bool Contains(string member) => true;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = state.Entry is { } entry && entry.ValuesSet.TryGetValue(member, out var text) ? Markup.Sanitize(text) : null;
        return true;
    }
}
