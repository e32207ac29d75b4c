using Scriban.Syntax;

namespace Formatter.Core.Templating;

/// <summary>
/// The variables templates give a value to: assignments, loop variables, captures, function names and parameters. The
/// style checker takes them as the names a template may read; lowering, as the globals that can change while an entry
/// renders (every other global only holds what the session's stores hold).
/// </summary>
internal static class DefinedVariables
{
    /// <summary>Reports each variable <paramref name="node"/> and the nodes under it define.</summary>
    public static void Collect(ScriptNode? node, Action<ScriptVariable> defined)
    {
        if (node is null) return;
        switch (node)
        {
            case ScriptAssignExpression { Target: ScriptVariable target }:
                defined(target);
                break;
            case ScriptForStatement { Variable: ScriptVariable variable }:
                defined(variable);
                break;
            case ScriptCaptureStatement { Target: ScriptVariable captured }:
                defined(captured);
                break;
            case ScriptFunction function:
                if (function.NameOrDoToken is ScriptVariable name) defined(name);
                foreach (var parameter in function.Parameters ?? [])
                {
                    if (parameter?.Name is { } parameterName) defined(parameterName);
                }
                break;
        }
        for (var i = 0; i < node.ChildrenCount; i++) Collect(node.GetChildren(i), defined);
    }
}
