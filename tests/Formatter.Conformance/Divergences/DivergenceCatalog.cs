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

    /// <summary>
    /// The documented collation rules, by style: each selects the records whose place in the list it moves (the
    /// runner does not count those among the misplaced entries it cannot explain).
    /// </summary>
    public static IReadOnlyList<DivergenceRule> OrderRules { get; } = [.. ChicagoDivergences.OrderRules];

    /// <summary>The collation rules of one style.</summary>
    public static IReadOnlyList<DivergenceRule> OrderRulesFor(string style) => OrderRules.Where(r => r.Styles.Contains(style)).ToList();

    /// <summary>The rules of one style, in the order they are tried.</summary>
    public static IReadOnlyList<DivergenceRule> For(string style) => All.Where(r => r.Styles.Contains(style)).ToList();
}
