using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A call of a function named by a global no template writes (<see cref="FixedGlobalNode"/>): a kit function, most
/// often, whose class the session tells once rather than at every call.
/// </summary>
internal sealed class FixedCallNode(int slot, EvalNode? piped, EvalNode[] arguments, ScriptNode source) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) => evaluator.CallFixed(slot, source, piped, arguments);
}
