using Scriban.Parsing;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>: a boolean's negation here, the rest through Scriban's operator code.</summary>
internal sealed class UnaryNode(ScriptUnaryOperator op, EvalNode operand, SourceSpan span) : EvalNode
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object? Eval(TreeEvaluator evaluator)
    {
        var value = operand.Eval(evaluator);
        if (op == ScriptUnaryOperator.Not && value is bool flag) return flag ? False : True;
        return ScriptUnaryExpression.Evaluate(evaluator.Context, span, op, value);
    }
}
