using System.Reflection;
using Formatter.Core.Templating.Kit;
using Formatter.Core.Text.Punctuation;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>join separator [a, b, c]</c> where <c>join</c> is the kit's (the commonest call of a style: twelve in an APA
/// entry). The separator and the items are evaluated in order, as for the call, and joined by the kit's rules with no
/// array in between. When the name holds another function (a plugin's <c>join</c>), the call is made as written.
/// </summary>
/// <param name="call">The call as written.</param>
/// <param name="slot">The slot of <c>join</c>, a global no template writes.</param>
/// <param name="separator">The first argument.</param>
/// <param name="items">The items of the array literal that is the second.</param>
/// <param name="source">The call's syntax node.</param>
internal sealed class JoinNode(FixedCallNode call, int slot, EvalNode separator, EvalNode[] items, ScriptNode source) : EvalNode
{
    /// <summary>How many items a join of this node may have (more are joined by the call as written).</summary>
    public const int MaxItems = StackValues<object?>.Length;

    private static readonly MethodInfo KitJoin = typeof(PunctuationKit).GetMethod(nameof(PunctuationKit.Join))!;

    // The function last found to be the kit's join (each render session has its own kit; a race only checks twice).
    private object? _join;

    public override object? Eval(TreeEvaluator evaluator)
    {
        var function = evaluator.ReadFixedGlobal(slot, source, asCallTarget: true);
        if (!ReferenceEquals(function, _join))
        {
            if (function is not KitFunction { Method: var method } || method != KitJoin) return call.Eval(evaluator);
            _join = function;
        }
        var separatorValue = separator.Eval(evaluator);
        if (separatorValue is LoweredFunction) throw new FallbackRequired("template function passed to a built-in");
        var values = new StackValues<object?>();
        for (var i = 0; i < items.Length; i++) values[i] = items[i].Eval(evaluator);
        var joiner = new PartJoiner(separatorValue is null ? null : KitFunction.Text(evaluator.Context, separatorValue));
        for (var i = 0; i < items.Length; i++) joiner.Add(values[i] as string ?? values[i]?.ToString());
        evaluator.Flow = FlowState.None;
        return joiner.Result();
    }
}
