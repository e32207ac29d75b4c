using Scriban.Functions;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>include 'name'</c>: the named template of the style, rendered with fresh local variables into its own output,
/// which is the value (Scriban's include). The name goes through the template loader once; <c>include</c> itself is
/// read as a fixed global (<see cref="FixedGlobalNode"/>) unless a template writes it.
/// </summary>
internal sealed class IncludeNode(int includeSlot, bool includeIsFixed, string name, ScriptNode source) : EvalNode
{
    // The loader's path and the lowered template it names: the same for every session of the style (the nodes are the
    // style's), so the first session's answer serves all.
    private string? _path;
    private LoweredTemplate? _template;

    public override object? Eval(TreeEvaluator evaluator)
    {
        var include = includeIsFixed ? evaluator.ReadFixedGlobal(includeSlot, source, asCallTarget: true) : evaluator.ReadGlobal(includeSlot, source.Span);
        if (include is not IncludeFunction) throw new FallbackRequired("include is not Scriban's");
        var context = evaluator.Context;
        var path = _path ??= context.TemplateLoader?.GetPath(context, source.Span, name) ?? throw new FallbackRequired("no template loader");
        var template = _template ??= evaluator.Template(path) ?? throw new FallbackRequired("included template not lowered");
        return evaluator.Include(template);
    }
}
