using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>
/// A Scriban scope whose members are made the first time a template names them, then kept read-only. It skips
/// Scriban's import of the derived type's own static members (a reflection pass over types that have none to give).
/// </summary>
internal abstract class LazyScriptObject(int capacity) : ScriptObject(capacity, autoImportStaticsFromThisType: false)
{
    /// <summary>True when <paramref name="member"/> is one this scope can make.</summary>
    protected abstract bool CanMake(string member);

    /// <summary>Makes <paramref name="member"/>; false when it is not one of this scope's.</summary>
    protected abstract bool TryMake(string member, [NotNullWhen(true)] out object? made);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (!TryMake(member, out var made)) return false;
        SetValue(member, made, readOnly: true);
        value = made;
        return true;
    }

    public override bool Contains(string member) => base.Contains(member) || CanMake(member);

    public override bool CanWrite(string member) => !CanMake(member) && base.CanWrite(member);
}
