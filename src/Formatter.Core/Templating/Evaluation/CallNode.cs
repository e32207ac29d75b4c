using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A function call: the target is read without being called, then called with the piped value (<c>x | f a</c>) first
/// and the arguments after it.
/// </summary>
internal sealed class CallNode(EvalNode target, EvalNode? piped, EvalNode[] arguments, ScriptNode source) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) => evaluator.Call(target.Eval(evaluator), source, piped, arguments);
}
