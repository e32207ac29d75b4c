using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>A literal object shared between records (<see cref="ConstantLiterals"/>): reading works, changing a member is an error.</summary>
internal sealed class FrozenScriptObject : ScriptObject
{
    private const string ReadOnlyMessage = "a literal object is shared by every record and cannot be changed in place; build the value in a variable instead";
    private readonly bool _frozen;

    public FrozenScriptObject(ScriptObject members)
    {
        foreach (var (key, value) in members) base.TrySetValue(null, default, key, ConstantLiterals.Freeze(value), false);
        _frozen = true;
        IsReadOnly = true;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
        _frozen ? throw new InvalidOperationException(ReadOnlyMessage) : base.TrySetValue(context, span, member, value, readOnly);

    public override bool Remove(string member) => throw new InvalidOperationException(ReadOnlyMessage);
}
