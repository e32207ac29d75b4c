using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Formatter.Core.Templating;

/// <summary>
/// The template context of a render session. Scriban converts every function argument to the parameter's declared
/// type; kit functions and template functions declare <c>object</c>, so the value passes through untouched (the kit
/// converts it itself) instead of going through Scriban's general conversion on every call. Literal arrays and
/// objects are built once per session and shared read-only (<see cref="ConstantLiterals"/>).
/// </summary>
internal sealed class KitTemplateContext : TemplateContext
{
    private static readonly object NotConstant = new();

    // Held in fields: in precompiled (ReadyToRun) code a typeof of another assembly's type is a run-time lookup.
    private static readonly Type ArrayLiteral = typeof(ScriptArrayInitializerExpression);
    private static readonly Type ObjectLiteral = typeof(ScriptObjectInitializerExpression);
    private readonly Dictionary<ScriptNode, object?> _literals = new(ReferenceEqualityComparer.Instance);

    public KitTemplateContext() : base(new LazyBuiltins())
    {
    }

    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        // A value of exactly the declared type (a string to a string parameter of a built-in) needs no conversion
        // either; Scriban would return it too, after reflection calls on every argument.
        destinationType == typeof(object) || (value is not null && value.GetType() == destinationType) ? value : base.ToObject(span, value, destinationType);

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction = false)
    {
        // Every node of every template passes here: compare the exact type, which is cheaper than a type test.
        var type = scriptNode?.GetType();
        if (type != ArrayLiteral && type != ObjectLiteral)
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        if (!_literals.TryGetValue(scriptNode!, out var value))
        {
            value = ConstantLiterals.IsConstant(scriptNode!) ? ConstantLiterals.Freeze(base.Evaluate(scriptNode, aliasReturnedFunction)) : NotConstant;
            _literals[scriptNode!] = value;
        }
        return ReferenceEquals(value, NotConstant) ? base.Evaluate(scriptNode, aliasReturnedFunction) : value;
    }
}
