namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the Apa style(s) from the CSL reference (see tests/KNOWN-DIVERGENCES.md).</summary>
public static class ApaDivergences
{
    public static IReadOnlyList<DivergenceRule> Rules { get; } = [];
}
