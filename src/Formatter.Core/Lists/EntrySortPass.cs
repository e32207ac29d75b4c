using System.Globalization;
using Formatter.Plugins;

namespace Formatter.Core.Lists;

/// <summary>
/// Sorts the list after rendering, on what the reader sees in the author position (see <see cref="EntrySortKey"/>),
/// so that every substitute a template puts there — editors, a director, a publisher, the title — sorts as printed.
/// Options: <c>sort</c> — keys in order (default <c>author year title</c>); <c>collation</c> — the culture whose
/// alphabet orders the list (default <c>en-US</c>); <c>sort-full-date</c> — item types whose month and day also sort
/// (newspaper articles, blog posts …). The sort is stable.
/// </summary>
internal sealed class EntrySortPass : IListPass
{
    public ListPassStage Stage => ListPassStage.AfterRender;

    public void Apply(ListPassContext context)
    {
        var order = ListSorting.Words(context.Options.GetValueOrDefault("sort") ?? "author year title");
        // One entry has no order to find, and its collator would cost a one-record run the culture's collation data.
        if (order.Count == 0 || order[0] == "none" || context.Entries.Count < 2) return;
        var collation = CultureInfo.GetCultureInfo(context.Options.GetValueOrDefault("collation") ?? "en-US").CompareInfo;
        var fullDate = ListSorting.Words(context.Options.GetValueOrDefault("sort-full-date") ?? "").ToHashSet(StringComparer.Ordinal);
        ListSorting.StableSort(context.Entries, entry => EntrySortKey.Of(entry, fullDate), (a, b) => a.CompareTo(b, order, collation));
    }

}
