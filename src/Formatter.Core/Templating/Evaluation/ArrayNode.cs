using Scriban.Runtime;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>An array literal with computed items: a new array each time, as in Scriban.</summary>
internal sealed class ArrayNode(EvalNode[] items) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var array = new ScriptArray(items.Length);
        foreach (var item in items) array.Add(item.Eval(evaluator));
        return array;
    }
}
