namespace Formatter.Core.Templating.Evaluation;

/// <summary>
/// An element of the evaluator's stacks of values (locals, kit arguments). A reference stored into an array of a struct
/// skips the element-type check that a store into an <c>object[]</c> costs, which every local and argument paid.
/// </summary>
internal struct ValueSlot
{
    /// <summary>The value held.</summary>
    public object? Value;
}
