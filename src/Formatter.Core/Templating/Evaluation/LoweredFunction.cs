namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// A function a template defines (<c>func name(a, b) ... end</c>), lowered. Assigning it to its name at run time is
/// what Scriban's <c>func</c> statement does; the value is this object instead of Scriban's syntax node.
/// </summary>
internal sealed class LoweredFunction(string name, int[]? parameters, object?[] defaults, int required, EvalNode body, int localCount)
{
    public string Name { get; } = name;

    /// <summary>The slots of the parameters in order; null for a function declared without parentheses (Scriban's <c>$0</c> style).</summary>
    public int[]? Parameters { get; } = parameters;

    /// <summary>Default values by parameter position (null where there is none).</summary>
    public object?[] Defaults { get; } = defaults;

    /// <summary>How many arguments must be given.</summary>
    public int Required { get; } = required;

    /// <summary>The body: a block, or the expression of <c>func f(x) = expression</c>.</summary>
    public EvalNode Body { get; } = body;

    /// <summary>How many local (<c>$name</c>) slots a call needs.</summary>
    public int LocalCount { get; } = localCount;

    public override string ToString() => Name;
}
