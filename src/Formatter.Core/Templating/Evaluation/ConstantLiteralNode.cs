using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// An array or object literal made only of literals: the session's context builds it once and shares it read-only
/// (<see cref="ConstantLiterals"/>), exactly as when Scriban evaluates the template.
/// </summary>
internal sealed class ConstantLiteralNode(ScriptExpression literal) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) => evaluator.Context.Evaluate(literal);
}
