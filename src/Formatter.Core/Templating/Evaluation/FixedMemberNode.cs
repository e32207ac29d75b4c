using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>r.member</c>, where the target is a global no template writes (<see cref="FixedGlobalNode"/>): the target is read
/// in place, and the member as <see cref="MemberNode"/> reads it.
/// </summary>
internal sealed class FixedMemberNode(int slot, ScriptNode targetSource, MemberNode member) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) => member.Read(evaluator, evaluator.ReadFixedGlobal(slot, targetSource, asCallTarget: false));
}
