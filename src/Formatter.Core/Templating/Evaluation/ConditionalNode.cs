using Scriban.Parsing;

namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>condition ? then : else</c>.</summary>
internal sealed class ConditionalNode(EvalNode condition, SourceSpan conditionSpan, EvalNode then, EvalNode otherwise) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) =>
        evaluator.ToBool(conditionSpan, condition.Eval(evaluator)) ? then.Eval(evaluator) : otherwise.Eval(evaluator);
}
