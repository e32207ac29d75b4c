using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating;

/// <summary>
/// Array and object literals made only of literals (<c>['book', 'chapter']</c>, <c>{"editor": ["ed.", "eds."]}</c>) are
/// the same value every time a template runs; a render session builds each once and shares it read-only, so a style's
/// lookup tables cost nothing per record. A template that tries to change such a value in place gets a template
/// error; <c>array.add</c>, <c>array.concat</c> and the like return new arrays and are unaffected.
/// </summary>
internal static class ConstantLiterals
{
    /// <summary>True when the node is an array or object literal whose every item is a literal or such a literal.</summary>
    public static bool IsConstant(ScriptNode node)
    {
        switch (node)
        {
            case ScriptLiteral or ScriptToken:
                return true;
            case ScriptArrayInitializerExpression or ScriptObjectInitializerExpression or ScriptObjectMember or ScriptList:
                for (var i = 0; i < node.ChildrenCount; i++)
                {
                    var child = node.GetChildren(i);
                    if (child is not null && !IsConstant(child)) return false;
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>The read-only form of an evaluated literal, the arrays and objects inside it included.</summary>
    public static object? Freeze(object? value)
    {
        switch (value)
        {
            case ScriptArray array:
                return new FrozenScriptArray(array.Select(Freeze));
            case ScriptObject scriptObject:
                return new FrozenScriptObject(scriptObject);
            default:
                return value;
        }
    }
}
