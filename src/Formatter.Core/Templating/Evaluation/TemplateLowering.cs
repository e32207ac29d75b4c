using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// Lowers the parsed templates of a style to evaluation trees: each syntax node becomes a node that evaluates it the
/// way Scriban does, with global variables numbered across the style and local ones per function or template. Only
/// the constructs styles use are lowered (statements: text, blocks, <c>if</c>, <c>for</c> over a variable, <c>func</c>,
/// <c>ret</c>, <c>break</c>, assignments, expressions; expressions: literals, variables, members, indexers, operators,
/// conditionals, calls, pipes, <c>include</c> of a literal name). A template with anything else leaves the whole style
/// to Scriban. Nothing is compiled: the trees are interpreted.
/// </summary>
internal sealed class TemplateLowering
{
    private const string IncludeName = "include";
    private const string JoinName = "join";
    // Literal arrays and objects made only of literals, numbered as they are met.
    private int _constantCount;
    private readonly Dictionary<string, int> _globals = new(StringComparer.Ordinal);
    private readonly List<string> _globalNames = [];
    private readonly HashSet<(string Module, string Member)> _builtinMembers = [];
    private readonly HashSet<string> _assigned;
    private Dictionary<string, int> _locals = new(StringComparer.Ordinal);
    private bool _inFunction;
    private int _loopDepth;

    private TemplateLowering(HashSet<string> assigned)
    {
        _assigned = assigned;
    }

    /// <summary>
    /// The style's templates lowered, or null with <paramref name="unsupported"/> naming the first template and
    /// construct that the trees do not have.
    /// </summary>
    public static LoweredStyle? Lower(IReadOnlyDictionary<string, Template> parsed, out (string Template, string Construct)? unsupported)
    {
        // The names any template writes (local names too: a superset is safe, it only costs those globals the fast read).
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in parsed.Values) DefinedVariables.Collect(template.Page, variable => assigned.Add(variable.Name));
        var lowering = new TemplateLowering(assigned);
        var templates = new Dictionary<string, LoweredTemplate>(StringComparer.Ordinal);
        var byTemplate = new Dictionary<Template, LoweredTemplate>(ReferenceEqualityComparer.Instance);
        foreach (var (key, template) in parsed)
        {
            try
            {
                var lowered = lowering.LowerTemplate(key, template);
                templates[key] = lowered;
                byTemplate[template] = lowered;
            }
            catch (LoweringNotSupported e)
            {
                unsupported = (key, e.Message);
                return null;
            }
        }
        unsupported = null;
        return new LoweredStyle(lowering._globalNames, templates, byTemplate, [.. lowering._builtinMembers], lowering._constantCount);
    }

    private LoweredTemplate LowerTemplate(string key, Template template)
    {
        _locals = new Dictionary<string, int>(StringComparer.Ordinal);
        _inFunction = false;
        _loopDepth = 0;
        var page = template.Page ?? throw new LoweringNotSupported("empty template");
        if (page.FrontMatter is not null) throw new LoweringNotSupported("front matter");
        var body = page.Body is null ? new BlockNode([], []) : Block(page.Body);
        return new LoweredTemplate(key, body, _locals.Count);
    }

    // ---- statements ----

    private BlockNode Block(ScriptBlockStatement? block)
    {
        if (block is null) throw new LoweringNotSupported("missing block");
        var statements = new List<EvalNode>(block.Statements.Count);
        var canOutput = new List<bool>(block.Statements.Count);
        foreach (var statement in block.Statements)
        {
            // Markers and `end` evaluate to nothing; a block's value is non-null only when a `ret` left it.
            if (statement.CanSkipEvaluation || statement is ScriptEscapeStatement or ScriptEndStatement) continue;
            var lowered = Statement(statement);
            // Definitions one after another are one node (they cannot output).
            if (lowered is FunctionDefinitionNode next && statements.Count > 0 && statements[^1] is FunctionDefinitionNode run && !canOutput[^1] && !statement.CanOutput)
            {
                statements[^1] = run.Then(next);
                continue;
            }
            statements.Add(lowered);
            canOutput.Add(statement.CanOutput);
        }
        return new BlockNode([.. statements], [.. canOutput]);
    }

    private EvalNode Statement(ScriptStatement statement) => statement switch
    {
        ScriptExpressionStatement { Expression: ScriptAssignExpression assign } => Assign(assign),
        ScriptExpressionStatement expression => new ExpressionStatementNode(Expression(expression.Expression)),
        ScriptIfStatement condition => If(condition),
        ScriptElseStatement otherwise => Block(otherwise.Body),
        ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => For(loop),
        ScriptFunction function => FunctionDefinition(function),
        ScriptReturnStatement ret when _inFunction => new ReturnNode(ret.Expression is null ? null : Expression(ret.Expression)),
        ScriptBreakStatement when _loopDepth > 0 => new BreakNode(),
        ScriptRawStatement raw => new RawTextNode(raw.Text.ToString() ?? ""),
        _ => throw new LoweringNotSupported($"statement {statement.GetType().Name} at line {statement.Span.Start.Line + 1}"),
    };

    private IfNode If(ScriptIfStatement condition)
    {
        EvalNode? otherwise = condition.Else is null ? null : Statement(condition.Else);
        return new IfNode(Expression(condition.Condition), condition.Condition?.Span ?? condition.Span, Block(condition.Then), otherwise);
    }

    private ForNode For(ScriptForStatement loop)
    {
        if (loop.Else is not null || loop.NamedArguments is { Count: > 0 }) throw new LoweringNotSupported("for with else or options");
        if (loop.Variable is not ScriptVariable variable || variable is not (ScriptVariableGlobal or ScriptVariableLocal))
            throw new LoweringNotSupported("for over something other than a variable");
        if (Assigns(loop.Body, variable)) throw new LoweringNotSupported("for whose body assigns its own variable");
        var local = variable is ScriptVariableLocal;
        var slot = local ? LocalSlot(variable) : AssignedSlot(variable.Name);
        var iterator = Expression(loop.Iterator);
        _loopDepth++;
        try
        {
            return new ForNode(slot, local, iterator, Block(loop.Body));
        }
        finally
        {
            _loopDepth--;
        }
    }

    private FunctionDefinitionNode FunctionDefinition(ScriptFunction function)
    {
        if (function.NameOrDoToken is not ScriptVariableGlobal name) throw new LoweringNotSupported("anonymous or local function");
        var (savedLocals, savedInFunction, savedLoopDepth) = (_locals, _inFunction, _loopDepth);
        _locals = new Dictionary<string, int>(StringComparer.Ordinal);
        _inFunction = true;
        _loopDepth = 0;
        try
        {
            int[]? parameters = null;
            var defaults = Array.Empty<object?>();
            if (function.Parameters is { } declared)
            {
                parameters = new int[declared.Count];
                defaults = new object?[parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = declared[i] ?? throw new LoweringNotSupported("missing parameter");
                    if (parameter.EqualOrTripleDotToken?.TokenType == TokenType.TripleDot) throw new LoweringNotSupported("variable parameters");
                    parameters[i] = AssignedSlot(parameter.Name?.Name ?? throw new LoweringNotSupported("parameter without a name"));
                    defaults[i] = parameter.DefaultValue?.Value;
                }
            }
            EvalNode body = function.Body switch
            {
                ScriptBlockStatement block => Block(block),
                ScriptExpressionStatement expression => new ExpressionStatementNode(Expression(expression.Expression)),
                _ => throw new LoweringNotSupported("function body"),
            };
            var lowered = new LoweredFunction(name.Name, parameters, defaults, function.RequiredParameterCount, body, _locals.Count);
            return new FunctionDefinitionNode(AssignedSlot(name.Name), lowered);
        }
        finally
        {
            (_locals, _inFunction, _loopDepth) = (savedLocals, savedInFunction, savedLoopDepth);
        }
    }

    private AssignNode Assign(ScriptAssignExpression assign)
    {
        if (assign.EqualToken is { } token && token.TokenType != TokenType.Equal) throw new LoweringNotSupported("compound assignment");
        var value = Expression(assign.Value);
        return assign.Target switch
        {
            ScriptVariableGlobal global => new AssignNode(AssignedSlot(global.Name), false, value),
            ScriptVariableLocal local => new AssignNode(LocalSlot(local), true, value),
            _ => throw new LoweringNotSupported("assignment to a member or an index"),
        };
    }

    // ---- expressions ----

    private EvalNode Expression(ScriptExpression? expression) => expression switch
    {
        null => throw new LoweringNotSupported("missing expression"),
        ScriptLiteral literal => new LiteralNode(literal.Value),
        ScriptVariableGlobal global => _assigned.Contains(global.Name)
            ? new GlobalNode(GlobalSlot(global.Name), global)
            : new FixedGlobalNode(GlobalSlot(global.Name), global),
        ScriptVariableLocal local => new LocalNode(LocalSlot(local), local),
        ScriptNestedExpression nested => Expression(nested.Expression),
        ScriptMemberExpression member => Member(Expression(member.Target), member, asCallTarget: false),
        ScriptIndexerExpression indexer => new IndexerNode(Expression(indexer.Target), Expression(indexer.Index), indexer),
        ScriptArrayInitializerExpression or ScriptObjectInitializerExpression when ConstantLiterals.IsConstant(expression) => new ConstantLiteralNode(_constantCount++, expression),
        ScriptArrayInitializerExpression array => new ArrayNode([.. (array.Values ?? []).Select(Expression)]),
        ScriptBinaryExpression { Operator: ScriptBinaryOperator.And or ScriptBinaryOperator.Or } chain => TruthChain(chain),
        ScriptBinaryExpression { Operator: ScriptBinaryOperator.Add, Left: var left } run when IsAdd(left) => ConcatChain(run),
        ScriptBinaryExpression binary => new BinaryNode(binary.Operator, Expression(binary.Left), Expression(binary.Right),
            binary.OperatorToken?.Span ?? binary.Span, binary.Left?.Span ?? binary.Span, binary.Right?.Span ?? binary.Span),
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not or ScriptUnaryOperator.Negate or ScriptUnaryOperator.Plus } unary =>
            new UnaryNode(unary.Operator, Expression(unary.Right), unary.Span),
        ScriptConditionalExpression conditional => new ConditionalNode(Expression(conditional.Condition), conditional.Condition?.Span ?? conditional.Span,
            Expression(conditional.ThenValue), Expression(conditional.ElseValue)),
        ScriptFunctionCall call => Call(call, null),
        ScriptPipeCall pipe => Pipe(pipe),
        _ => throw new LoweringNotSupported($"expression {expression.GetType().Name} at line {expression.Span.Start.Line + 1}"),
    };

    // `a || b || c` (or `&&`), however grouped, as one node over its operands in order.
    private TruthChainNode TruthChain(ScriptBinaryExpression chain)
    {
        var operands = new List<ScriptExpression>();
        Gather(chain);
        return new TruthChainNode(chain.Operator == ScriptBinaryOperator.And, [.. operands.Select(Expression)], [.. operands.Select(o => o.Span)]);

        void Gather(ScriptExpression? operand)
        {
            if (Unnested(operand) is ScriptBinaryExpression binary && binary.Operator == chain.Operator)
            {
                Gather(binary.Left);
                Gather(binary.Right);
            }
            else operands.Add(operand ?? throw new LoweringNotSupported("missing operand"));
        }
    }

    // `a + b + c`, grouped to the left (parentheses around the left side change nothing), as one node.
    private ConcatChainNode ConcatChain(ScriptBinaryExpression run)
    {
        var pluses = new List<ScriptBinaryExpression>();
        ScriptExpression? inner = run;
        while (Unnested(inner) is ScriptBinaryExpression { Operator: ScriptBinaryOperator.Add } plus)
        {
            pluses.Add(plus);
            inner = plus.Left;
        }
        pluses.Reverse();
        EvalNode[] operands = [Expression(inner), .. pluses.Select(p => Expression(p.Right))];
        return new ConcatChainNode(operands, [.. pluses.Select(p => p.OperatorToken?.Span ?? p.Span)],
            [.. pluses.Select(p => p.Left?.Span ?? p.Span)], [.. pluses.Select(p => p.Right?.Span ?? p.Span)]);
    }

    private static bool IsAdd(ScriptExpression? expression) => Unnested(expression) is ScriptBinaryExpression { Operator: ScriptBinaryOperator.Add };

    private static ScriptExpression? Unnested(ScriptExpression? expression)
    {
        while (expression is ScriptNestedExpression nested) expression = nested.Expression;
        return expression;
    }

    private EvalNode Call(ScriptFunctionCall call, EvalNode? piped)
    {
        foreach (var argument in call.Arguments ?? [])
        {
            if (argument is ScriptNamedArgument) throw new LoweringNotSupported("named argument");
        }
        if (piped is null && call.Target is ScriptVariableGlobal { Name: IncludeName } include
            && call.Arguments is [ScriptLiteral { Value: string name }])
            return new IncludeNode(GlobalSlot(include.Name), !_assigned.Contains(IncludeName), name, call);
        var arguments = (call.Arguments ?? []).Select(Expression).ToArray();
        var made = CallOf(CallTarget(call.Target), piped, arguments, call);
        // `join separator [a, b]`, a kit call styles make more than any other, without its array.
        if (made is FixedCallNode fixedCall && piped is null && call.Target is ScriptVariableGlobal { Name: JoinName }
            && arguments is [var separator, ArrayNode { Items.Count: <= JoinNode.MaxItems } array])
            return new JoinNode(fixedCall, GlobalSlot(JoinName), separator, [.. array.Items], call);
        return made;
    }

    private static EvalNode CallOf(EvalNode target, EvalNode? piped, EvalNode[] arguments, ScriptNode source) => target is FixedGlobalNode fixedTarget
        ? new FixedCallNode(fixedTarget.Slot, piped, arguments, source)
        : new CallNode(target, piped, arguments, source);

    // `x | f a`, `x | f` and `x | f a ? b : c` (the condition's call takes the piped value): the shapes styles use.
    private EvalNode Pipe(ScriptPipeCall pipe)
    {
        var from = Expression(pipe.From);
        return pipe.To switch
        {
            ScriptFunctionCall { Target: ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "array" }, Member.Name: "contains" } target,
                Arguments: [var item and not ScriptNamedArgument] } call => new ArrayContainsNode(CallTarget(target), from, Expression(item), call),
            ScriptFunctionCall call => Call(call, from),
            ScriptVariable or ScriptMemberExpression => CallOf(CallTarget(pipe.To), from, [], pipe.To),
            ScriptConditionalExpression { Condition: ScriptFunctionCall condition } conditional => new ConditionalNode(
                Call(condition, from), conditional.Condition.Span, Expression(conditional.ThenValue), Expression(conditional.ElseValue)),
            _ => throw new LoweringNotSupported($"pipe into {pipe.To?.GetType().Name}"),
        };
    }

    // The function a call names, read without calling it (Scriban evaluates a call's target with functions aliased).
    private EvalNode CallTarget(ScriptExpression? target) => target switch
    {
        null => throw new LoweringNotSupported("missing call target"),
        ScriptVariableGlobal global => _assigned.Contains(global.Name)
            ? new GlobalNode(GlobalSlot(global.Name), global, asCallTarget: true)
            : new FixedGlobalNode(GlobalSlot(global.Name), global, asCallTarget: true),
        ScriptVariableLocal local => new LocalNode(LocalSlot(local), local, asCallTarget: true),
        ScriptMemberExpression member => Member(Expression(member.Target), member, asCallTarget: true),
        _ => throw new LoweringNotSupported($"call of {target.GetType().Name}"),
    };

    private EvalNode Member(EvalNode target, ScriptMemberExpression member, bool asCallTarget)
    {
        var node = new MemberNode(target, MemberName(member), member, asCallTarget);
        return target is FixedGlobalNode fixedTarget ? new FixedMemberNode(fixedTarget.Slot, member.Target!, node) : node;
    }

    // ---- names ----

    // A member of one of Scriban's modules (`string.downcase`) is noted, for the functions to be made ahead of rendering.
    private string MemberName(ScriptMemberExpression member)
    {
        var name = member.Member?.Name ?? throw new LoweringNotSupported("member without a name");
        if (member.Target is ScriptVariableGlobal { Name: var module } && LazyBuiltins.IsLazyModule(module)) _builtinMembers.Add((module, name));
        return name;
    }

    private int GlobalSlot(string name)
    {
        if (_globals.TryGetValue(name, out var slot)) return slot;
        slot = _globalNames.Count;
        _globals[name] = slot;
        _globalNames.Add(name);
        return slot;
    }

    // The slot of a global a construct writes. It must be among the names DefinedVariables found, which are read through
    // the scopes; a write it missed is refused (the style renders with Scriban) rather than leave fixed reads wrong.
    private int AssignedSlot(string name) =>
        _assigned.Contains(name) ? GlobalSlot(name) : throw new LoweringNotSupported($"a write to {name} that the templates' definitions do not show");

    private int LocalSlot(ScriptVariable variable)
    {
        var name = variable.Name;
        // `$`, `$0`, `$1`…: the arguments of a function declared without parameters, which the trees do not keep.
        if (name.Length == 0 || char.IsAsciiDigit(name[0])) throw new LoweringNotSupported("function arguments by position ($, $0…)");
        if (_locals.TryGetValue(name, out var slot)) return slot;
        slot = _locals.Count;
        _locals[name] = slot;
        return slot;
    }

    // Whether `node` (outside nested functions) assigns `variable`.
    private static bool Assigns(ScriptNode? node, ScriptVariable variable)
    {
        if (node is null) return false;
        if (node is ScriptFunction) return false;
        if (node is ScriptAssignExpression { Target: ScriptVariable target } && target.Scope == variable.Scope && target.Name == variable.Name)
            return true;
        foreach (var child in node.Children)
        {
            if (child is not null && Assigns(child, variable)) return true;
        }
        return false;
    }
}
