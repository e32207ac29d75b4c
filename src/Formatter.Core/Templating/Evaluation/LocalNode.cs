using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>A local (<c>$name</c>) variable read; a function found there is called without arguments (unless <paramref name="asCallTarget"/>).</summary>
internal sealed class LocalNode(int slot, ScriptNode source, bool asCallTarget = false) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var value = evaluator.ReadLocal(slot);
        return asCallTarget ? value : evaluator.AutoCall(value, source);
    }
}
