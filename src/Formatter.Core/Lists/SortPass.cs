using System.Globalization;
using Formatter.Plugins;

namespace Formatter.Core.Lists;

/// <summary>
/// Sorts the list. Options: <c>sort</c> — keys in order, e.g. <c>author year title</c> (default <c>author title year</c>);
/// <c>collation</c> — the culture whose alphabet orders the list (default <c>en-US</c>);
/// <c>sort-names</c> — the name roles tried for the name key (default <c>author editor</c>).
/// The sort is stable: entries that compare equal keep their input order.
/// </summary>
internal sealed class SortPass : IListPass
{
    public ListPassStage Stage => ListPassStage.BeforeRender;

    public void Apply(ListPassContext context)
    {
        var order = ListSorting.Words(context.Options.GetValueOrDefault("sort") ?? "author title year");
        if (order.Count == 0 || order[0] == "none") return;
        var roles = ListSorting.Words(context.Options.GetValueOrDefault("sort-names") ?? "author editor");
        var culture = context.Options.GetValueOrDefault("collation") ?? "en-US";
        var collation = CultureInfo.GetCultureInfo(culture).CompareInfo;
        ListSorting.StableSort(context.Entries, entry => SortKey.Of(entry.Record, roles), (a, b) => a.CompareTo(b, order, collation));
    }

}
