using System.Runtime.CompilerServices;
using Formatter.Core.Templating.Kit;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// Runs the evaluation trees of one style for one render session, record after record, with Scriban's semantics:
/// the same variable lookup order (loop variables, a function's parameters, the record's globals, the kit, Scriban's
/// built-ins), the same output rules, the same argument handling, the same operators (the rarer ones through
/// Scriban's own code). Where Scriban would report an error or hit a limit it throws <see cref="FallbackRequired"/>,
/// and the session renders the record with Scriban instead. Not thread-safe: one per render session.
/// </summary>
internal sealed class TreeEvaluator
{
    /// <summary>A variable slot that has not been assigned during this render.</summary>
    public static readonly object Unset = new();

    private static readonly object Missing = new();

    // Below the session's Scriban limits (RecursiveLimit 64, LoopLimit 1,000): hitting them falls back to Scriban,
    // which then reports the limit as before.
    private const int DepthLimit = 60;
    private const int LoopStepLimit = 1_000;
    private readonly LoweredStyle _style;
    private readonly IScriptObject[] _baseStores;
    // The record's globals of the current render: a slot holds a value when its generation is the render's. A new
    // render only moves the generation on (APA has 131 global names, Chicago author-date 175; emptying them all took
    // about 2 % of an APA entry's CPU samples), and a slot of a struct is written without the element-type check a
    // store into an object array costs.
    private readonly GlobalSlot[] _globals;
    private int _generation;
    private readonly object?[] _baseValues;
    // What each of the stores' values is (set with _baseValues).
    private readonly StoredValueKind[] _baseKinds;
    private readonly LoopVariables _entryLoops = new();
    // The session's shared value of each constant literal, once asked for (the context keeps them by syntax node).
    private readonly object?[] _constants;
    private readonly Stack<VariableScope> _freeScopes = new();
    private readonly List<TemplateOutput> _outputs = [];
    private readonly List<ScriptArray> _arguments = [];
    private readonly List<ScriptArray> _lentArrays = [];
    private int _lentCount;
    private object?[] _kitArguments = new object?[16];
    private int _kitTop;
    private VariableScope? _function;
    private int _outputCount;
    private int _argumentCount;
    private object?[] _locals = new object?[64];
    private int _localBase;
    private int _localTop;
    private int _depth;
    private int _loopSteps;
    private TemplateOutput _output = null!;
    private (Type? Type, IObjectAccessor? Accessor) _recentAccessor;
    private (Type? Type, IObjectAccessor? Accessor) _olderAccessor;

    /// <summary>An evaluator over <paramref name="context"/>, whose globals below the record's are <paramref name="baseStores"/> (innermost first).</summary>
    public TreeEvaluator(LoweredStyle style, KitTemplateContext context, params IScriptObject[] baseStores)
    {
        _style = style;
        Context = context;
        _baseStores = baseStores;
        _globals = new GlobalSlot[style.GlobalNames.Count];
        _baseValues = new object?[style.GlobalNames.Count];
        Array.Fill(_baseValues, Unset);
        _baseKinds = new StoredValueKind[style.GlobalNames.Count];
        _constants = new object?[style.ConstantCount];
    }

    /// <summary>The session's template context: kit and built-in functions take it, and conversions go through it.</summary>
    public TemplateContext Context { get; }

    /// <summary>How control leaves the statement being evaluated.</summary>
    public FlowState Flow { get; set; }

    /// <summary>Renders <paramref name="template"/> from a clean state and returns its output.</summary>
    public string Render(LoweredTemplate template)
    {
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_globals);
            _generation = 1;
        }
        _function = null;
        _entryLoops.Clear();
        _localBase = _localTop = 0;
        _outputCount = 0;
        _argumentCount = 0;
        _lentCount = 0;
        _kitTop = 0;
        _depth = 0;
        _loopSteps = 0;
        Flow = FlowState.None;
        PushOutput();
        EnterFrame(template.LocalCount);
        template.Body.Eval(this);
        return PopOutput();
    }

    // ---- variables ----

    // Scriban 7's scopes, as they behave: a function declared with parentheses gets a store of its own for its
    // parameters and for the names it assigns first, seen by its own body only (not by the functions it calls); every
    // other body (a template, an include, a function without parentheses) works in the record's globals.

    public object? ReadGlobal(int slot, SourceSpan span)
    {
        if (_function is { } function)
        {
            if (function.Loops.TryGet(slot, out var looped)) return looped;
            if (function.TryGet(slot, out var own)) return own;
        }
        if (_entryLoops.TryGet(slot, out var entryLooped)) return entryLooped;
        ref var global = ref _globals[slot];
        if (global.Generation == _generation) return global.Value;
        return TryReadBase(slot, span, out var found) ? found : throw new FallbackRequired("variable not found");
    }

    /// <summary>
    /// A global no template writes (<see cref="FixedGlobalNode"/>): only the session's stores can hold it. A function
    /// found there is called without arguments, unless <paramref name="asCallTarget"/>.
    /// </summary>
    public object? ReadFixedGlobal(int slot, ScriptNode source, bool asCallTarget)
    {
        var value = ReadFixedGlobal(slot, source.Span);
        return asCallTarget || _baseKinds[slot] == StoredValueKind.Value ? value : Call(value, source, null, []);
    }

    private object? ReadFixedGlobal(int slot, SourceSpan span)
    {
        var value = _baseValues[slot];
        if (ReferenceEquals(value, Unset) || ReferenceEquals(value, Missing))
            return TryReadBase(slot, span, out var found) ? found : throw new FallbackRequired("variable not found");
        return value;
    }

    public void WriteGlobal(int slot, object? value)
    {
        if (_function is { } function)
        {
            if (function.Loops.Contains(slot)) throw new FallbackRequired("assignment to a running loop's variable");
            if (function.TryGet(slot, out _))
            {
                function.Set(slot, value);
                return;
            }
        }
        if (_entryLoops.Contains(slot)) throw new FallbackRequired("assignment to a running loop's variable");
        if (_function is not null && _globals[slot].Generation != _generation)
        {
            // A name new to the record's globals stays the function's, unless Scriban has it further down.
            if (TryReadBase(slot, default, out _)) throw new FallbackRequired("assignment over a built-in name in a function");
            _function.Set(slot, value);
            return;
        }
        _globals[slot] = new GlobalSlot(value, _generation);
    }

    /// <summary>
    /// Assigns <paramref name="functions"/> to their slots in order, as <see cref="WriteGlobal"/> would one by one: at
    /// the top of a template or include, outside loops, straight into the record's globals.
    /// </summary>
    public void DefineFunctions(int[] slots, LoweredFunction[] functions)
    {
        if (_function is null && _entryLoops.IsEmpty)
        {
            for (var i = 0; i < slots.Length; i++) _globals[slots[i]] = new GlobalSlot(functions[i], _generation);
            return;
        }
        for (var i = 0; i < slots.Length; i++) WriteGlobal(slots[i], functions[i]);
    }

    public object? ReadLocal(int slot)
    {
        var value = _locals[_localBase + slot];
        return ReferenceEquals(value, Unset) ? throw new FallbackRequired("local variable not set") : value;
    }

    public void WriteLocal(int slot, object? value) => _locals[_localBase + slot] = value;

    /// <summary>The value a local slot holds, set or not (loops save and restore it).</summary>
    public object? PeekLocal(int slot) => _locals[_localBase + slot];

    /// <summary>Where a loop over a global name keeps its variable: the running function's store, or the record's globals.</summary>
    public LoopVariables CurrentLoops => _function?.Loops ?? _entryLoops;

    public void StepLoop()
    {
        if (++_loopSteps > LoopStepLimit) throw new FallbackRequired("loop limit");
    }

    private bool TryReadBase(int slot, SourceSpan span, out object? value)
    {
        value = _baseValues[slot];
        if (ReferenceEquals(value, Unset))
        {
            value = Missing;
            var name = _style.GlobalNames[slot];
            foreach (var store in _baseStores)
            {
                if (!store.TryGetValue(Context, span, name, out var found)) continue;
                value = found;
                break;
            }
            _baseValues[slot] = value;
            _baseKinds[slot] = value is KitFunction ? StoredValueKind.Kit : IsFunction(value) ? StoredValueKind.Function : StoredValueKind.Value;
        }
        if (!ReferenceEquals(value, Missing)) return true;
        value = null;
        return false;
    }

    // ---- values ----

    /// <summary>The session's value of constant literal <paramref name="index"/> (<see cref="ConstantLiteralNode"/>).</summary>
    public object? Constant(int index, ScriptExpression literal) => _constants[index] ??= Context.Evaluate(literal);

    /// <summary>
    /// The context's member accessor for <paramref name="owner"/>. The context keeps one per type in a dictionary;
    /// the two types met last are remembered here, as most reads are of the record and of Scriban's modules.
    /// </summary>
    public IObjectAccessor MemberAccessor(object owner)
    {
        var type = owner.GetType();
        if (_recentAccessor.Type == type) return _recentAccessor.Accessor!;
        if (_olderAccessor.Type == type)
        {
            (_recentAccessor, _olderAccessor) = (_olderAccessor, _recentAccessor);
            return _recentAccessor.Accessor!;
        }
        _olderAccessor = _recentAccessor;
        _recentAccessor = (type, Context.GetMemberAccessor(owner));
        return _recentAccessor.Accessor!;
    }

    // The style's functions by their exact class, lists (the commonest other values read) by theirs; then the kit's
    // functions by class and Scriban's by the interface test, the two that take a runtime helper.
    public static bool IsFunction(object? value) =>
        value is LoweredFunction || (value?.GetType() != typeof(ScriptArray) && (value is KitFunction || value is IScriptCustomFunction));

    // The session's context (sealed) keeps Scriban's truth: a text, even an empty one, is true.
    public bool ToBool(SourceSpan span, object? value) => value switch
    {
        bool flag => flag,
        null => false,
        string => true,
        _ => Context.ToBool(span, value),
    };

    /// <summary>Writes a statement's value to the current output, as Scriban's block statement does.</summary>
    public void Write(object value)
    {
        if (value is not string text || text.Length >= Context.LimitToString) throw new FallbackRequired("output of a non-string value");
        _output.Append(text);
    }

    /// <summary>Writes template text outside code blocks (Scriban writes it without converting or limiting it).</summary>
    public void WriteRaw(string text) => _output.Append(text);

    // ---- calls ----

    /// <summary>Calls <paramref name="function"/> with <paramref name="first"/> (a piped value, or null) and <paramref name="arguments"/>.</summary>
    public object? Call(object? function, ScriptNode caller, EvalNode? first, EvalNode[] arguments)
    {
        // The style's functions first (their exact class is tested inline; most kit calls go through CallFixed), then the
        // kit's by class, before the interface test that finds Scriban's.
        var result = function switch
        {
            LoweredFunction lowered => CallLowered(lowered, first, arguments),
            KitFunction kit => CallKit(kit, caller, first, arguments),
            IScriptCustomFunction custom => CallCustom(custom, caller, first, arguments),
            _ => throw new FallbackRequired("call of a value that is not a function"),
        };
        Flow = FlowState.None;
        return result;
    }

    /// <summary>
    /// Calls the function a global no template writes holds (<see cref="FixedCallNode"/>): a kit function without testing
    /// its class again.
    /// </summary>
    public object? CallFixed(int slot, ScriptNode caller, EvalNode? first, EvalNode[] arguments)
    {
        var function = ReadFixedGlobal(slot, caller.Span);
        if (_baseKinds[slot] != StoredValueKind.Kit) return Call(function, caller, first, arguments);
        var result = CallKit(Unsafe.As<KitFunction>(function)!, caller, first, arguments);
        Flow = FlowState.None;
        return result;
    }

    /// <summary>A variable or member holding a function is called when read (Scriban's rule for names without arguments).</summary>
    public object? AutoCall(object? value, ScriptNode node) =>
        // Most values read are text, flags, counts or nothing: told apart by class before the tests that find functions.
        value is null or string or bool or int || !IsFunction(value) ? value : Call(value, node, null, []);

    private object? CallLowered(LoweredFunction function, EvalNode? first, EvalNode[] arguments)
    {
        var count = arguments.Length + (first is null ? 0 : 1);
        var parameters = function.Parameters;
        if (parameters is not null && (count < function.Required || count > parameters.Length))
            throw new FallbackRequired("argument count");
        VariableScope? scope = null;
        if (parameters is null)
        {
            // Scriban evaluates them into `$`, which the tree does not offer (lowering refuses `$`).
            first?.Eval(this);
            foreach (var argument in arguments) argument.Eval(this);
        }
        else
        {
            scope = RentScope();
            var index = 0;
            if (first is not null) scope.Set(parameters[index++], first.Eval(this));
            foreach (var argument in arguments) scope.Set(parameters[index++], argument.Eval(this));
            for (; index < parameters.Length; index++) scope.Set(parameters[index], function.Defaults[index]);
        }
        if (++_depth > DepthLimit) throw new FallbackRequired("recursion limit");
        var savedFunction = _function;
        var savedBase = _localBase;
        var savedTop = _localTop;
        _function = scope;
        EnterFrame(function.LocalCount);
        try
        {
            return function.Body.Eval(this);
        }
        finally
        {
            _localBase = savedBase;
            _localTop = savedTop;
            _function = savedFunction;
            if (scope is not null) FreeScope(scope);
            _depth--;
        }
    }

    private object? CallCustom(IScriptCustomFunction function, ScriptNode caller, EvalNode? first, EvalNode[] arguments)
    {
        if (function.VarParamKind != ScriptVarParamKind.None) throw new FallbackRequired("function with variable parameters");
        var count = arguments.Length + (first is null ? 0 : 1);
        var parameterCount = function.ParameterCount;
        if (count > parameterCount || count < function.RequiredParameterCount) throw new FallbackRequired("argument count");
        var values = RentArguments();
        try
        {
            if (first is not null) values.Add(Converted(function, caller, 0, first.Eval(this)));
            for (var i = 0; i < arguments.Length; i++) values.Add(Converted(function, caller, values.Count, arguments[i].Eval(this)));
            return InvokeCustom(function, caller, values, count);
        }
        finally
        {
            ReturnArguments(values);
        }
    }

    /// <summary>Calls Scriban's <paramref name="function"/> with two values already evaluated, as a call with them as arguments would.</summary>
    public object? CallWithValues(IScriptCustomFunction function, ScriptNode caller, object? first, object? second)
    {
        if (function.VarParamKind != ScriptVarParamKind.None) throw new FallbackRequired("function with variable parameters");
        if (function.ParameterCount < 2 || function.RequiredParameterCount > 2) throw new FallbackRequired("argument count");
        var values = RentArguments();
        try
        {
            values.Add(Converted(function, caller, 0, first));
            values.Add(Converted(function, caller, 1, second));
            var result = InvokeCustom(function, caller, values, 2);
            Flow = FlowState.None;
            return result;
        }
        finally
        {
            ReturnArguments(values);
        }
    }

    private object? InvokeCustom(IScriptCustomFunction function, ScriptNode caller, ScriptArray values, int count)
    {
        for (var i = count; i < function.ParameterCount; i++)
        {
            var parameter = function.GetParameterInfo(i);
            values.Add(parameter.HasDefaultValue ? parameter.DefaultValue : null);
        }
        if (++_depth > DepthLimit) throw new FallbackRequired("recursion limit");
        try
        {
            return function.Invoke(Context, caller, values, null);
        }
        finally
        {
            _depth--;
        }
    }

    // Kit functions declare every parameter as object, which Scriban's conversion passes through untouched, so they
    // take their arguments as they are, from a stack of the evaluator's (omitted optional ones left out). An array
    // literal written as their argument (`join ', ' [a, b]`) is filled into an array lent for the call.
    private object? CallKit(KitFunction function, ScriptNode caller, EvalNode? first, EvalNode[] arguments)
    {
        var count = arguments.Length + (first is null ? 0 : 1);
        if (count > function.ParameterCount || count < function.RequiredParameterCount) throw new FallbackRequired("argument count");
        var lentFrom = _lentCount;
        var from = _kitTop;
        _kitTop += count;
        if (_kitTop > _kitArguments.Length) Array.Resize(ref _kitArguments, Math.Max(_kitTop, _kitArguments.Length * 2));
        try
        {
            var index = from;
            if (first is not null) _kitArguments[index++] = KitArgument(first);
            foreach (var argument in arguments) _kitArguments[index++] = KitArgument(argument);
            if (++_depth > DepthLimit) throw new FallbackRequired("recursion limit");
            try
            {
                var result = function.Invoke(Context, caller.Span, new ReadOnlySpan<object?>(_kitArguments, from, count));
                // Kit and plugin functions return strings, numbers, booleans or arrays of their own; one that returned a
                // lent array would get a copy.
                return _lentCount > lentFrom && result is ScriptArray returned && IsLent(returned, lentFrom) ? new ScriptArray(returned) : result;
            }
            finally
            {
                _depth--;
            }
        }
        finally
        {
            // A few slots: stored nulls need neither Array.Clear's call nor the array's type check.
            for (var i = from; i < from + count; i++) _kitArguments[i] = null;
            _kitTop = from;
            while (_lentCount > lentFrom) _lentArrays[--_lentCount].Clear();
        }
    }

    private object? KitArgument(EvalNode argument)
    {
        if (argument is ArrayNode array)
        {
            if (_lentCount == _lentArrays.Count) _lentArrays.Add(new ScriptArray(8));
            return array.Fill(this, _lentArrays[_lentCount++]);
        }
        var value = argument.Eval(this);
        return value is LoweredFunction ? throw new FallbackRequired("template function passed to a built-in") : value;
    }

    private object? Converted(IScriptCustomFunction function, ScriptNode caller, int index, object? value)
    {
        if (value is LoweredFunction) throw new FallbackRequired("template function passed to a built-in");
        return Context.ToObject(caller.Span, value, function.GetParameterInfo(index).ParameterType);
    }

    private bool IsLent(ScriptArray array, int from)
    {
        for (var i = from; i < _lentCount; i++)
        {
            if (ReferenceEquals(_lentArrays[i], array)) return true;
        }
        return false;
    }

    /// <summary>Renders an included template into its own output and returns that output (Scriban's <c>include</c>).</summary>
    public string Include(LoweredTemplate template)
    {
        if (_function is not null) throw new FallbackRequired("include inside a function with parameters");
        if (++_depth > DepthLimit) throw new FallbackRequired("recursion limit");
        var savedBase = _localBase;
        var savedTop = _localTop;
        PushOutput();
        try
        {
            EnterFrame(template.LocalCount);
            template.Body.Eval(this);
        }
        finally
        {
            _localBase = savedBase;
            _localTop = savedTop;
            _depth--;
        }
        var text = PopOutput();
        Flow = FlowState.None;
        return text;
    }

    /// <summary>The lowered template a template loader path names, if the style has it.</summary>
    public LoweredTemplate? Template(string key) => _style.Templates.GetValueOrDefault(key);

    // ---- frames, scopes and pools ----

    private void EnterFrame(int size)
    {
        _localBase = _localTop;
        _localTop += size;
        if (_localTop > _locals.Length) Array.Resize(ref _locals, Math.Max(_localTop, _locals.Length * 2));
        for (var i = _localBase; i < _localTop; i++) _locals[i] = Unset;
    }

    // A store is taken before its call's arguments are evaluated (they may call functions too) and is used only when
    // the call begins.
    private VariableScope RentScope() => _freeScopes.Count > 0 ? _freeScopes.Pop() : new VariableScope();

    private void FreeScope(VariableScope scope)
    {
        scope.Clear();
        _freeScopes.Push(scope);
    }

    private ScriptArray RentArguments()
    {
        if (_argumentCount == _arguments.Count) _arguments.Add(new ScriptArray(4));
        return _arguments[_argumentCount++];
    }

    private void ReturnArguments(ScriptArray values)
    {
        values.Clear();
        _argumentCount--;
    }

    private void PushOutput()
    {
        if (_outputCount == _outputs.Count) _outputs.Add(new TemplateOutput());
        _output = _outputs[_outputCount++];
        _output.Clear();
    }

    private string PopOutput()
    {
        var text = _output.ToString();
        _outputCount--;
        _output = _outputCount > 0 ? _outputs[_outputCount - 1] : null!;
        return text;
    }
}
