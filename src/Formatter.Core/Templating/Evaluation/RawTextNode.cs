namespace Formatter.Core.Templating.Evaluation;

/// <summary>Text outside <c>{{ }}</c>: written to the output as it is.</summary>
internal sealed class RawTextNode(string text) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        evaluator.WriteRaw(text);
        return null;
    }
}
