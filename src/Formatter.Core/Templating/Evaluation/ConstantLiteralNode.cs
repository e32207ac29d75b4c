using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// An array or object literal made only of literals: the session's context builds it once and shares it read-only
/// (<see cref="ConstantLiterals"/>), exactly as when Scriban evaluates the template; the evaluator keeps it by the
/// literal's number (<paramref name="index"/>), so that it is looked up once per session.
/// </summary>
internal sealed class ConstantLiteralNode(int index, ScriptExpression literal) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator) => evaluator.Constant(index, literal);
}
