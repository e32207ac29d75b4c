using Scriban.Parsing;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A run of <c>||</c> (or of <c>&amp;&amp;</c>) as one node: <c>a || b || c</c>. Operands are evaluated from the left
/// until one decides, and the value is a boolean, as Scriban's nested operators give.
/// </summary>
internal sealed class TruthChainNode(bool all, EvalNode[] operands, SourceSpan[] spans) : EvalNode
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object? Eval(TreeEvaluator evaluator)
    {
        for (var i = 0; i < operands.Length; i++)
        {
            // `||` stops at the first true operand, `&&` at the first false one.
            if (evaluator.ToBool(spans[i], operands[i].Eval(evaluator)) != all) return all ? False : True;
        }
        return all ? True : False;
    }
}
