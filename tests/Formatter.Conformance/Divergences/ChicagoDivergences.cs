namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the Chicago style(s) from the CSL reference (see tests/KNOWN-DIVERGENCES.md).</summary>
public static class ChicagoDivergences
{
    public static IReadOnlyList<DivergenceRule> Rules { get; } = [];
}
