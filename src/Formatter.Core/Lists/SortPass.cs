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
        var order = Words(context.Options.GetValueOrDefault("sort") ?? "author title year");
        if (order.Count == 0 || order[0] == "none") return;
        var roles = Words(context.Options.GetValueOrDefault("sort-names") ?? "author editor");
        var culture = context.Options.GetValueOrDefault("collation") ?? "en-US";
        var collation = CultureInfo.GetCultureInfo(culture).CompareInfo;
        var keyed = context.Entries.Select((entry, index) => (Entry: entry, Key: SortKey.Of(entry.Record, roles), Index: index)).ToList();
        keyed.Sort((a, b) => a.Key.CompareTo(b.Key, order, collation) is var r && r != 0 ? r : a.Index.CompareTo(b.Index));
        context.Entries.Clear();
        context.Entries.AddRange(keyed.Select(k => k.Entry));
    }

    private static List<string> Words(string value) =>
        value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
