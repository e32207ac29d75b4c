namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>func name ... end</c>: assigns the lowered function to its name, as Scriban assigns its function node.</summary>
internal sealed class FunctionDefinitionNode(int slot, LoweredFunction function) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        evaluator.WriteGlobal(slot, function);
        return null;
    }
}
