namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// One of the record's globals in a <see cref="TreeEvaluator"/>: its value, and the render that wrote it (a value of
/// an earlier render is no value).
/// </summary>
internal readonly struct GlobalSlot(object? value, int generation)
{
    /// <summary>The value written.</summary>
    public object? Value { get; } = value;

    /// <summary>The render that wrote it; 0 for none.</summary>
    public int Generation { get; } = generation;
}
