namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the Ieee style from the CSL reference (see tests/KNOWN-DIVERGENCES.md).</summary>
public static class IeeeDivergences
{
    public static IReadOnlyList<DivergenceRule> Rules { get; } = [];
}
