using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// A template function bound to a .NET method without reflection on the hot path: the call is compiled once per
/// method into a typed invoker and arguments are converted with Scriban's own rules. Optional parameters may be
/// left out in templates. (Scriban's delegate wrapper calls <c>Delegate.DynamicInvoke</c> for every call, which
/// dominated rendering time.)
/// </summary>
internal sealed class KitFunction : IScriptCustomFunction
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<object?, object?[], object?>> Invokers = new();

    private readonly object? _target;
    private readonly ParameterInfo[] _parameters;
    private readonly Func<object?, object?[], object?> _invoke;
    private readonly int _required;

    public KitFunction(object? target, MethodInfo method)
    {
        _target = target;
        _parameters = method.GetParameters();
        _invoke = Invokers.GetOrAdd(method, Compile);
        _required = _parameters.Count(p => !p.HasDefaultValue);
        Name = method.Name;
    }

    public string Name { get; }

    public int RequiredParameterCount => _required;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index)
    {
        var parameter = _parameters[index];
        var name = parameter.Name ?? $"arg{index}";
        return parameter.HasDefaultValue ? new(parameter.ParameterType, name, parameter.DefaultValue) : new(parameter.ParameterType, name);
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count < _required || arguments.Count > _parameters.Length)
            throw new ScriptRuntimeException(span, $"{StandardMemberRenamer.Rename(Name)} expects {Expected()} argument(s), got {arguments.Count}");
        var values = new object?[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
            values[i] = i < arguments.Count ? Convert(context, span, arguments[i], _parameters[i].ParameterType) : _parameters[i].DefaultValue;
        try
        {
            return _invoke(_target, values);
        }
        catch (InvalidOperationException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private string Expected() => _required == _parameters.Length ? $"{_required}" : $"{_required} to {_parameters.Length}";

    private static object? Convert(TemplateContext context, SourceSpan span, object? value, Type type)
    {
        if (value is null) return type.IsValueType ? Activator.CreateInstance(type) : null;
        if (type.IsInstanceOfType(value)) return value;
        if (type == typeof(string)) return context.ObjectToString(value);
        if (type == typeof(bool)) return context.ToBool(span, value);
        if (type == typeof(int)) return context.ToInt(span, value);
        return context.ToObject(span, value, type);
    }

    private static Func<object?, object?[], object?> Compile(MethodInfo method)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters()
            .Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType))
            .ToArray();
        var instance = method.IsStatic ? null : Expression.Convert(target, method.DeclaringType!);
        Expression call = Expression.Call(instance, method, parameters);
        call = method.ReturnType == typeof(void)
            ? Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?, object?[], object?>>(call, target, args).Compile();
    }
}
