namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>break</c>: the flow leaves the innermost loop.</summary>
internal sealed class BreakNode : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        evaluator.Flow = FlowState.Break;
        return null;
    }
}
