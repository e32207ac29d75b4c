namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>name = value</c> or <c>$name = value</c>: a global goes to the innermost variable scope, as in Scriban.</summary>
internal sealed class AssignNode(int slot, bool local, EvalNode value) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var result = value.Eval(evaluator);
        if (local) evaluator.WriteLocal(slot, result);
        else evaluator.WriteGlobal(slot, result);
        return null;
    }
}
