namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>ret value</c>: the value, and the flow leaves the function.</summary>
internal sealed class ReturnNode(EvalNode? value) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var result = value?.Eval(evaluator);
        evaluator.Flow = FlowState.Return;
        return result;
    }
}
