using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>: negation of a truth value here, the rest through Scriban's operator code.</summary>
internal sealed class UnaryNode(ScriptUnaryOperator op, EvalNode operand, SourceSpan span) : EvalNode
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object? Eval(TreeEvaluator evaluator)
    {
        var value = operand.Eval(evaluator);
        // Scriban's `!` is the negation of its truth value unless the value defines its own operators or the context
        // is in scientific mode.
        if (op == ScriptUnaryOperator.Not && value is not IScriptCustomUnaryOperation && !evaluator.Context.UseScientific)
            return evaluator.ToBool(span, value) ? False : True;
        return ScriptUnaryExpression.Evaluate(evaluator.Context, span, op, value);
    }
}
