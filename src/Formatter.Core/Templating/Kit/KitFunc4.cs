using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Formatter.Core.Templating.Kit;

/// <summary>A kit function of 4 parameter(s): the typed delegate of the bound method.</summary>
internal sealed class KitFunc<T1, T2, T3, T4, TResult> : KitFunction
{
    private Func<T1, T2, T3, T4, TResult> _f = null!;

    protected override void Bind(object? target, MethodInfo method) => _f = method.CreateDelegate<Func<T1, T2, T3, T4, TResult>>(target);

    protected override object? Call(TemplateContext c, SourceSpan s, ReadOnlySpan<object?> a) => Box(_f(Arg<T1>(c, s, a, 0), Arg<T2>(c, s, a, 1), Arg<T3>(c, s, a, 2), Arg<T4>(c, s, a, 3)));
}
