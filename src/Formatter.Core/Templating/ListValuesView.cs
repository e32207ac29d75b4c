using System.Collections;
using Formatter.Core.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>The template's <c>list</c> object: values list passes computed for the entry (<c>list.year_suffix</c> …); absent ones are null.</summary>
internal sealed class ListValuesView(RenderState state) : IScriptObject
{
    public int Count => state.Entry?.Values.Count ?? 0;

    public bool IsReadOnly { get => true; set { } }

    public IEnumerable<string> GetMembers() => state.Entry?.Values.Keys ?? [];

    public bool Contains(string member) => true;

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = state.Entry is { } entry && entry.Values.TryGetValue(member, out var text) ? Markup.Sanitize(text) : null;
        return true;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => this;

    public IEnumerator GetEnumerator() => GetMembers().GetEnumerator();
}
