namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// Statements in order. As in Scriban, a statement that can output writes its non-null value, unless a <c>ret</c> is
/// leaving; the block stops when the flow changes and returns the last statement's value (non-null only on <c>ret</c>).
/// </summary>
internal sealed class BlockNode(EvalNode[] statements, bool[] canOutput) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        object? result = null;
        for (var i = 0; i < statements.Length; i++)
        {
            result = statements[i].Eval(evaluator);
            if (!canOutput[i])
                result = null;
            else if (result is not null && evaluator.Flow != FlowState.Return)
            {
                evaluator.Write(result);
                result = null;
            }
            if (evaluator.Flow != FlowState.None) break;
        }
        return result;
    }
}
