using System.Runtime.CompilerServices;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>A few values held on the stack until they are used (<see cref="ConcatChainNode"/>, <see cref="JoinNode"/>).</summary>
[InlineArray(Length)]
internal struct StackValues<T>
{
    /// <summary>How many values it holds.</summary>
    public const int Length = 8;

    private T _first;
}
