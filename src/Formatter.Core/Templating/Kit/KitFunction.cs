using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// A template function bound to a .NET method through a typed delegate: no reflection and no code generation on
/// the call path, arguments converted with Scriban's own rules, optional parameters may be left out.
/// (Scriban's delegate wrapper calls <c>Delegate.DynamicInvoke</c> for every call.)
/// </summary>
internal abstract class KitFunction : IScriptCustomFunction
{
    private ParameterInfo[] _parameters = [];
    // Each parameter's default, read once: ParameterInfo.DefaultValue reads the metadata again at every call.
    private object?[] _defaults = [];
    private ScriptParameterInfo[] _scriptParameters = [];
    private int _required;
    private string _name = "";

    /// <summary>The .NET method the function calls.</summary>
    public MethodInfo Method { get; private set; } = null!;

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="method"/> cannot be a kit function; returns its parameters.</summary>
    public static ParameterInfo[] Check(MethodInfo method)
    {
        var parameters = method.GetParameters();
        if (parameters.Length > 4) throw new ArgumentException($"{method.Name}: kit functions take at most four parameters");
        if (method.ReturnType == typeof(void)) throw new ArgumentException($"{method.Name}: kit functions return a value (a statement-like function returns \"\")");
        return parameters;
    }

    /// <summary>Binds <paramref name="method"/> of <paramref name="target"/> (null for a static method); up to four parameters.</summary>
    public static KitFunction Create(object? target, MethodInfo method)
    {
        var parameters = Check(method);
        var open = parameters.Length switch { 0 => typeof(KitFunc<>), 1 => typeof(KitFunc<,>), 2 => typeof(KitFunc<,,>), 3 => typeof(KitFunc<,,,>), _ => typeof(KitFunc<,,,,>) };
        var types = new Type[parameters.Length + 1];
        for (var i = 0; i < parameters.Length; i++) types[i] = parameters[i].ParameterType;
        types[^1] = method.ReturnType;
        var closed = open.MakeGenericType(types);
        // Made with its parameterless constructor, then bound: a constructor with arguments is called through
        // reflection, which generates and compiles a calling stub per signature on the second call.
        var function = (KitFunction)Activator.CreateInstance(closed)!;
        function._parameters = parameters;
        function._name = StandardMemberRenamer.Rename(method.Name);
        function.Method = method;
        // Scriban converts each argument to the type reported here before the call; reporting `object` lets the
        // value through untouched (Arg<T> converts it, once, without reflection on the hot path).
        function._scriptParameters = new ScriptParameterInfo[parameters.Length];
        function._defaults = [.. parameters.Select(p => p.DefaultValue)];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var name = parameter.Name ?? $"arg{i}";
            if (!parameter.HasDefaultValue) function._required++;
            function._scriptParameters[i] = parameter.HasDefaultValue
                ? new ScriptParameterInfo(typeof(object), name, parameter.DefaultValue)
                : new ScriptParameterInfo(typeof(object), name);
        }
        function.Bind(target, method);
        return function;
    }

    /// <summary>Makes the typed delegate of <paramref name="method"/> on <paramref name="target"/>.</summary>
    protected abstract void Bind(object? target, MethodInfo method);

    public int RequiredParameterCount => _required;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => _scriptParameters[index];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++) values[i] = arguments[i];
        return Invoke(context, callerContext?.Span ?? default, values);
    }

    /// <summary>
    /// Calls the function with <paramref name="arguments"/> as given (omitted optional ones left out), as
    /// <see cref="Invoke(TemplateContext, ScriptNode?, ScriptArray, ScriptBlockStatement?)"/> does: the evaluation
    /// trees pass their arguments this way, without an array of Scriban's.
    /// </summary>
    public object? Invoke(TemplateContext context, SourceSpan span, ReadOnlySpan<object?> arguments)
    {
        if (arguments.Length < _required || arguments.Length > _parameters.Length)
            throw new ScriptRuntimeException(span, $"{_name} expects {Expected()} argument(s), got {arguments.Length}");
        try
        {
            return Call(context, span, arguments);
        }
        catch (InvalidOperationException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Calls the bound method with the converted arguments.</summary>
    protected abstract object? Call(TemplateContext context, SourceSpan span, ReadOnlySpan<object?> arguments);

    /// <summary>Argument <paramref name="index"/> converted to <typeparamref name="T"/>, or the parameter's default when omitted.</summary>
    protected T Arg<T>(TemplateContext context, SourceSpan span, ReadOnlySpan<object?> arguments, int index)
    {
        if (index >= arguments.Length) return _defaults[index] is T fallback ? fallback : default!;
        var value = arguments[index];
        if (value is null) return default!;
        // Text and untyped parameters (most of them) are told apart before the generic type test, which code shared
        // by every reference type makes through a runtime helper; each is then handed over without a second test.
        if (typeof(T) == typeof(object)) return Unsafe.As<object, T>(ref value);
        if (typeof(T) == typeof(string))
        {
            var text = Text(context, value);
            return Unsafe.As<string, T>(ref text);
        }
        if (value is T typed) return typed;
        if (typeof(T) == typeof(bool)) return (T)(object)context.ToBool(span, value);
        if (typeof(T) == typeof(int)) return (T)(object)WholeNumber(context, span, value, index);
        return context.ToObject(span, value, typeof(T)) is T converted ? converted : default!;
    }

    /// <summary>A value given for a whole-number parameter; what is not one is an error naming the function and the value.</summary>
    private int WholeNumber(TemplateContext context, SourceSpan span, object value, int index)
    {
        try
        {
            return context.ToInt(span, value);
        }
        catch (ScriptRuntimeException)
        {
            throw new ScriptRuntimeException(span, $"{_name}: argument {index + 1} must be a whole number, not '{Text(context, value)}'");
        }
    }

    /// <summary>A value (not null: null stays null) given for a text parameter, as the function gets it: as Scriban writes it.</summary>
    public static string Text(TemplateContext context, object value) => value as string ?? context.ObjectToString(value) ?? "";

    /// <summary>The result as Scriban sees it; booleans share two boxes instead of allocating one per call.</summary>
    protected static object? Box<TResult>(TResult value) =>
        typeof(TResult) == typeof(bool) ? ((bool)(object)value! ? True : False) : value;

    private static readonly object True = true;
    private static readonly object False = false;

    private string Expected() => _required == _parameters.Length ? $"{_required}" : $"{_required} to {_parameters.Length}";
}
