using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>target.member</c> through Scriban's member accessor: a member the target does not have is null; a null target
/// is an error (Scriban's strict member access). A function found there is called (unless <paramref name="asCallTarget"/>).
/// </summary>
internal sealed class MemberNode(EvalNode target, string member, ScriptNode source, bool asCallTarget = false) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var owner = target.Eval(evaluator) ?? throw new FallbackRequired("member of null");
        var context = evaluator.Context;
        if (!evaluator.MemberAccessor(owner).TryGetValue(context, source.Span, owner, member, out var value)) value = null;
        return asCallTarget ? value : evaluator.AutoCall(value, source);
    }
}
