namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the Gost style(s) from the CSL reference (see tests/KNOWN-DIVERGENCES.md).</summary>
public static class GostDivergences
{
    public static IReadOnlyList<DivergenceRule> Rules { get; } = [];
}
