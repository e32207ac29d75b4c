using Scriban.Parsing;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A binary operator other than <c>&amp;&amp;</c> and <c>||</c> (<see cref="TruthChainNode"/>); <c>??</c> evaluates both
/// sides, as Scriban does. String equality and concatenation are done here; everything else goes to Scriban's own
/// operator code.
/// </summary>
internal sealed class BinaryNode(ScriptBinaryOperator op, EvalNode left, EvalNode right, SourceSpan span, SourceSpan leftSpan, SourceSpan rightSpan) : EvalNode
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object? Eval(TreeEvaluator evaluator)
    {
        var leftValue = left.Eval(evaluator);
        var rightValue = right.Eval(evaluator);
        return Apply(evaluator, op, leftValue, rightValue, span, leftSpan, rightSpan);
    }

    /// <summary>The operator applied to two values already evaluated (<see cref="ConcatChainNode"/> shares it).</summary>
    public static object? Apply(TreeEvaluator evaluator, ScriptBinaryOperator op, object? leftValue, object? rightValue, SourceSpan span, SourceSpan leftSpan, SourceSpan rightSpan)
    {
        if (op == ScriptBinaryOperator.EmptyCoalescing) return leftValue ?? rightValue;
        var limit = evaluator.Context.LimitToString;
        // Scriban compares and joins strings through ObjectToString, which returns a string as it is below the limit
        // and null as null.
        if (leftValue is string leftText && leftText.Length < limit)
        {
            if (rightValue is string rightText && rightText.Length < limit)
            {
                switch (op)
                {
                    case ScriptBinaryOperator.CompareEqual: return leftText == rightText ? True : False;
                    case ScriptBinaryOperator.CompareNotEqual: return leftText != rightText ? True : False;
                    case ScriptBinaryOperator.Add: return string.Concat(leftText, rightText);
                }
            }
            else if (rightValue is null)
            {
                switch (op)
                {
                    case ScriptBinaryOperator.CompareEqual: return False;
                    case ScriptBinaryOperator.CompareNotEqual: return True;
                }
            }
        }
        else if (leftValue is null && rightValue is string otherText && otherText.Length < limit)
        {
            switch (op)
            {
                case ScriptBinaryOperator.CompareEqual: return False;
                case ScriptBinaryOperator.CompareNotEqual: return True;
            }
        }
        return ScriptBinaryExpression.Evaluate(evaluator.Context, span, op, leftSpan, leftValue, rightSpan, rightValue);
    }
}
