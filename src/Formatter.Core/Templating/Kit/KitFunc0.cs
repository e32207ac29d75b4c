using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating.Kit;

/// <summary>A kit function of 0 parameter(s): the typed delegate of the bound method.</summary>
internal sealed class KitFunc<TResult> : KitFunction
{
    private Func<TResult> _f = null!;

    protected override void Bind(object? target, MethodInfo method) => _f = method.CreateDelegate<Func<TResult>>(target);

    protected override object? Call(TemplateContext c, SourceSpan s, ReadOnlySpan<object?> a) => Box(_f());
}
