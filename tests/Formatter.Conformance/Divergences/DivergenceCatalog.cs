namespace Formatter.Conformance.Divergences;

/// <summary>Every divergence rule, from the per-style lists.</summary>
public static class DivergenceCatalog
{
    public static IReadOnlyList<DivergenceRule> All { get; } =
    [
        .. ApaDivergences.Rules,
        .. ChicagoDivergences.Rules,
        .. GostDivergences.Rules,
        .. MlaDivergences.Rules,
        .. IeeeDivergences.Rules,
    ];

    /// <summary>The rules of one style, in the order they are tried.</summary>
    public static IReadOnlyList<DivergenceRule> For(string style) => All.Where(r => r.Styles.Contains(style)).ToList();
}
