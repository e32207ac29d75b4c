using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A read of a global no template of the style writes (<see cref="DefinedVariables"/>): the record, the kit's functions,
/// Scriban's built-ins. No scope or loop can hold it, so it is read from the session's stores directly. A function
/// found there is called without arguments (unless <paramref name="asCallTarget"/>).
/// </summary>
internal sealed class FixedGlobalNode(int slot, ScriptNode source, bool asCallTarget = false) : EvalNode
{
    /// <summary>The global's slot.</summary>
    public int Slot => slot;

    public override object? Eval(TreeEvaluator evaluator) => evaluator.ReadFixedGlobal(slot, source, asCallTarget);
}
