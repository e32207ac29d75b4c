using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>
/// A read-only object that templates can read members of but never change: the base of the plain views templates see
/// (<c>r</c>, <c>list</c>). Subclasses say which members exist and what they hold.
/// </summary>
internal abstract class ReadOnlyView : IScriptObject
{
    public abstract int Count { get; }

    public bool IsReadOnly { get => true; set { } }

    public abstract IEnumerable<string> GetMembers();

    public abstract bool Contains(string member);

    public abstract bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value);

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => this;

    public IEnumerator GetEnumerator() => GetMembers().GetEnumerator();
}
