using System.Collections;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>for x in list</c> over a list (a null iterates nothing, as in Scriban). The variable is a loop variable: a global
/// one is seen before the scope's own variables and goes when the loop ends; a local one (<c>$x</c>) takes its slot
/// for the loop's duration. Lowering refuses bodies that assign the loop variable, where the two would differ.
/// </summary>
internal sealed class ForNode(int slot, bool local, EvalNode iterator, EvalNode body) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var items = iterator.Eval(evaluator);
        if (items is null) return null;
        if (items is not IList list) throw new FallbackRequired("loop over something other than a list");
        object? result = null;
        var loops = evaluator.CurrentLoops;
        var saved = local ? evaluator.PeekLocal(slot) : null;
        if (!local) loops.Push(slot);
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                evaluator.StepLoop();
                if (local) evaluator.WriteLocal(slot, list[i]);
                else loops.SetInnermost(list[i]);
                result = body.Eval(evaluator);
                if (evaluator.Flow == FlowState.Break)
                {
                    evaluator.Flow = FlowState.None;
                    break;
                }
                if (evaluator.Flow == FlowState.Return) break;
            }
        }
        finally
        {
            if (local) evaluator.WriteLocal(slot, saved);
            else loops.Pop();
        }
        return result;
    }
}
