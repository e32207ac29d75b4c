namespace Formatter.Core.Templating.Evaluation;

/// <summary>A literal: string, number, boolean or null.</summary>
internal sealed class LiteralNode(object? value) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) => value;
}
