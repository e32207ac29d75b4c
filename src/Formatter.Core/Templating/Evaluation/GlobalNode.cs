using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>A global variable read; a function found there is called without arguments (unless <paramref name="asCallTarget"/>).</summary>
internal sealed class GlobalNode(int slot, ScriptNode source, bool asCallTarget = false) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var value = evaluator.ReadGlobal(slot, source.Span);
        return asCallTarget ? value : evaluator.AutoCall(value, source);
    }
}
