using System.Runtime.CompilerServices;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>A few texts held on the stack until they are joined (<see cref="ConcatChainNode"/>).</summary>
[InlineArray(Length)]
internal struct TextParts
{
    /// <summary>How many texts it holds.</summary>
    public const int Length = 8;

    private string? _first;
}
