using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// <c>list | array.contains item</c>, the way styles classify a record (<c>['book', 'report'] | array.contains t</c>):
/// where the call is Scriban's own <c>array.contains</c>, the list an array of strings and the item a string, the answer
/// is found here by ordinal comparison (what Scriban's equality gives two strings); anything else is the call as written.
/// </summary>
internal sealed class ArrayContainsNode(EvalNode target, EvalNode list, EvalNode item, ScriptNode source) : EvalNode
{
    private static readonly object True = true;
    private static readonly object False = false;

    // The arguments of the call as written, for a call that is not Scriban's array.contains.
    private readonly EvalNode[] _arguments = [item];

    // The function last found to be Scriban's array.contains: the same object in every render of the style's sessions,
    // so the check is made once (a race only makes it twice).
    private object? _contains;

    public override object? Eval(TreeEvaluator evaluator)
    {
        var function = target.Eval(evaluator);
        if (function is null || !ReferenceEquals(function, _contains))
        {
            if (!IsScribanContains(function)) return evaluator.Call(function, source, list, _arguments);
            _contains = function;
        }
        var listValue = list.Eval(evaluator);
        var itemValue = item.Eval(evaluator);
        if (listValue is ScriptArray array && itemValue is string text && TryFind(array, text, out var found)) return found ? True : False;
        return evaluator.CallWithValues((IScriptCustomFunction)function!, source, listValue, itemValue);
    }

    // Scriban wraps its built-in functions in objects of its own; the method says which one this is.
    private static bool IsScribanContains(object? function) =>
        function is DynamicCustomFunction { Method: { Name: nameof(ArrayFunctions.Contains) } method } && method.DeclaringType == typeof(ArrayFunctions);

    // False when an element is not a string: Scriban's comparison of it with a string is left to Scriban.
    private static bool TryFind(ScriptArray array, string text, out bool found)
    {
        found = false;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not string element) return false;
            if (element == text) found = true;
        }
        return true;
    }
}
