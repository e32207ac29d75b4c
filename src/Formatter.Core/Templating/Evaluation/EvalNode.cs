namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A node of an evaluation tree: a Scriban syntax node lowered once per style (<see cref="TemplateLowering"/>) with
/// its variables resolved to slots. Trees are shared by every render session of the style and never change after
/// lowering; all run-time state lives in the <see cref="TreeEvaluator"/>.
/// </summary>
internal abstract class EvalNode
{
    /// <summary>Evaluates the node; statements return what Scriban's statements return (see <see cref="BlockNode"/>).</summary>
    public abstract object? Eval(TreeEvaluator evaluator);
}
