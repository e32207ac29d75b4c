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
        var order = Words(context.Options.GetValueOrDefault("sort") ?? "author year title");
        if (order.Count == 0 || order[0] == "none") return;
        var collation = CultureInfo.GetCultureInfo(context.Options.GetValueOrDefault("collation") ?? "en-US").CompareInfo;
        var fullDate = Words(context.Options.GetValueOrDefault("sort-full-date") ?? "").ToHashSet(StringComparer.Ordinal);
        var keyed = context.Entries.Select((entry, index) => (Entry: entry, Key: EntrySortKey.Of(entry, fullDate), Index: index)).ToList();
        keyed.Sort((a, b) => a.Key.CompareTo(b.Key, order, collation) is var r && r != 0 ? r : a.Index.CompareTo(b.Index));
        context.Entries.Clear();
        context.Entries.AddRange(keyed.Select(k => k.Entry));
    }

    private static List<string> Words(string value) =>
        value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
