using Scriban.Parsing;

namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>if</c> / <c>else if</c> / <c>else</c>: the value of the branch taken.</summary>
internal sealed class IfNode(EvalNode condition, SourceSpan conditionSpan, EvalNode then, EvalNode? otherwise) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) =>
        evaluator.ToBool(conditionSpan, condition.Eval(evaluator)) ? then.Eval(evaluator) : otherwise?.Eval(evaluator);
}
