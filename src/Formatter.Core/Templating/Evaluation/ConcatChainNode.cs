using Scriban.Parsing;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A run of <c>+</c> grouped to the left (<c>a + ' (' + b + ')'</c>) as one node. Operands are evaluated from the left;
/// while each is a text below Scriban's length limit, and so is what they make so far, the texts are joined once at the
/// end instead of pair by pair (the texts in between are never seen, so nothing can tell). From the first operand that
/// is not such a text, the run goes on pair by pair as <see cref="BinaryNode"/> does.
/// </summary>
/// <param name="operands">The operands, left to right (at least two).</param>
/// <param name="operatorSpans">For each <c>+</c> (operand <c>i</c> joins at <c>i - 1</c>): its token.</param>
/// <param name="leftSpans">For each <c>+</c>: what stands to its left (the run so far).</param>
/// <param name="rightSpans">For each <c>+</c>: the operand to its right.</param>
internal sealed class ConcatChainNode(EvalNode[] operands, SourceSpan[] operatorSpans, SourceSpan[] leftSpans, SourceSpan[] rightSpans) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var limit = evaluator.Context.LimitToString;
        var value = operands[0].Eval(evaluator);
        var next = 1;
        if (value is string first && first.Length < limit)
        {
            var parts = new StackValues<string?>();
            parts[0] = first;
            var count = 1;
            var length = first.Length;
            while (true)
            {
                if (next == operands.Length) return Joined(in parts, count);
                var operand = operands[next].Eval(evaluator);
                if (operand is not string text || text.Length >= limit || length >= limit)
                {
                    value = Add(evaluator, next, Joined(in parts, count), operand);
                    next++;
                    break;
                }
                if (count == StackValues<string?>.Length)
                {
                    parts[0] = Joined(in parts, count);
                    count = 1;
                }
                parts[count++] = text;
                length += text.Length;
                next++;
            }
        }
        for (; next < operands.Length; next++) value = Add(evaluator, next, value, operands[next].Eval(evaluator));
        return value;
    }

    private object? Add(TreeEvaluator evaluator, int operand, object? left, object? right) =>
        BinaryNode.Apply(evaluator, ScriptBinaryOperator.Add, left, right, operatorSpans[operand - 1], leftSpans[operand - 1], rightSpans[operand - 1]);

    private static string Joined(in StackValues<string?> parts, int count) =>
        count == 1 ? parts[0]! : string.Concat(((ReadOnlySpan<string?>)parts)[..count]);
}
