using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>target.member</c> through Scriban's member accessor: a member the target does not have is null; a null target
/// is an error (Scriban's strict member access). A function found there is called (unless <paramref name="asCallTarget"/>).
/// </summary>
internal sealed class MemberNode(EvalNode target, string member, ScriptNode source, bool asCallTarget = false) : EvalNode
{
    // A member of the record, named once for all records (the view's accessor would convert the name on every read).
    private readonly RecordMember _recordMember = new(member);

    public override object? Eval(TreeEvaluator evaluator) => Read(evaluator, target.Eval(evaluator));

    /// <summary>The member of <paramref name="owner"/>, the target's value.</summary>
    public object? Read(TreeEvaluator evaluator, object? owner)
    {
        if (owner is null) throw new FallbackRequired("member of null");
        object? value;
        if (owner is RecordView record)
        {
            if (!record.TryGet(_recordMember, out value)) throw new FallbackRequired("not a CSL variable");
        }
        else if (!evaluator.MemberAccessor(owner).TryGetValue(evaluator.Context, source.Span, owner, member, out value))
            value = null;
        return asCallTarget ? value : evaluator.AutoCall(value, source);
    }
}
