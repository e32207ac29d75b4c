namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the Mla style from the CSL reference (see tests/KNOWN-DIVERGENCES.md).</summary>
public static class MlaDivergences
{
    public static IReadOnlyList<DivergenceRule> Rules { get; } = [];
}
