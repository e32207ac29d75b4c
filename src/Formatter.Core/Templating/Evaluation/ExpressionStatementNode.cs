using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>An expression used as a statement; its value is written by the enclosing block.</summary>
internal sealed class ExpressionStatementNode(EvalNode expression) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var result = expression.Eval(evaluator);
        // Scriban evaluates a syntax node returned here (for `wrap`); no function of the kit returns one.
        return result is ScriptNode ? throw new FallbackRequired("a syntax node as a value") : result;
    }
}
