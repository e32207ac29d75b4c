using System.Collections;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>target[index]</c>: a list by position (negative from the end) or an object by key, as Scriban reads them.
/// Anything else, and every case where Scriban reports an error, falls back.
/// </summary>
internal sealed class IndexerNode(EvalNode target, EvalNode index, ScriptIndexerExpression source) : EvalNode
{
    public override object? Eval(TreeEvaluator evaluator)
    {
        var owner = target.Eval(evaluator) ?? throw new FallbackRequired("index of null");
        var key = index.Eval(evaluator);
        object? value;
        if (key is int position && owner is IList list && owner is not IDictionary)
        {
            if (position < 0) position += list.Count;
            if (position < 0 || position >= list.Count) throw new FallbackRequired("index out of bounds");
            value = list[position];
        }
        else if (key is string name && owner is IScriptObject or IDictionary)
        {
            var context = evaluator.Context;
            var accessor = evaluator.MemberAccessor(owner);
            if (accessor.HasIndexer || !accessor.TryGetValue(context, source.Index?.Span ?? source.Span, owner, name, out value))
                throw new FallbackRequired("indexer Scriban reports or reads otherwise");
        }
        else
            throw new FallbackRequired("indexer on another kind of value");
        return evaluator.AutoCall(value, source);
    }
}
