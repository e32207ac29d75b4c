namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>func name ... end</c>, or a run of them one after another (a style's parts define most of their functions so):
/// assigns each lowered function to its name in order, as Scriban assigns its function nodes.
/// </summary>
internal sealed class FunctionDefinitionNode(int[] slots, LoweredFunction[] functions) : EvalNode
{
    /// <summary>One definition.</summary>
    public FunctionDefinitionNode(int slot, LoweredFunction function) : this([slot], [function])
    {
    }

    /// <summary>This run followed by <paramref name="next"/>.</summary>
    public FunctionDefinitionNode Then(FunctionDefinitionNode next) => new([.. _slots, .. next._slots], [.. _functions, .. next._functions]);

    private readonly int[] _slots = slots;
    private readonly LoweredFunction[] _functions = functions;

    public override object? Eval(TreeEvaluator evaluator)
    {
        evaluator.DefineFunctions(_slots, _functions);
        return null;
    }
}
