using Scriban.Runtime;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>An array literal with computed items: a new array each time, as in Scriban.</summary>
internal sealed class ArrayNode(EvalNode[] items) : EvalNode
{
    /// <summary>The items' nodes.</summary>
    public IReadOnlyList<EvalNode> Items => items;

    public override object? Eval(TreeEvaluator evaluator) => Fill(evaluator, new ScriptArray(items.Length));

    /// <summary>Evaluates the items into <paramref name="array"/> (empty): a new one, or one the evaluator lends for a call.</summary>
    public ScriptArray Fill(TreeEvaluator evaluator, ScriptArray array)
    {
        foreach (var item in items) array.Add(item.Eval(evaluator));
        return array;
    }
}
