namespace Formatter.Core.Templating.Evaluation;

/// <summary>One template of a style, lowered: its statements and the number of local slots its top level uses.</summary>
internal sealed class LoweredTemplate(string key, EvalNode body, int localCount)
{
    /// <summary>The folder-relative path of the template, as Scriban's template loader names it.</summary>
    public string Key { get; } = key;

    public EvalNode Body { get; } = body;

    public int LocalCount { get; } = localCount;
}
