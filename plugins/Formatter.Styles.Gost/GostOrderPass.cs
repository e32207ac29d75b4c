using System.Globalization;
using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Styles.Gost;

/// <summary>
/// Orders a GOST list (guide §9; ГОСТ Р 7.0.11-2011, 5.6.4, 5.6.7): alphabetically by heading — the first author when
/// the entry has one — else by title; Cyrillic entries first, then a separate run of Latin ones, then other scripts.
/// Collation <c>ru-RU</c> (ё sorts with е); leading quotes and brackets are ignored. Option <c>order</c>:
/// <c>cyrillic-first</c> (default), <c>latin-first</c>, or <c>citation</c> (the input order is kept).
/// </summary>
public sealed class GostOrderPass : IListPass
{
    private static readonly CompareInfo Russian = CultureInfo.GetCultureInfo("ru-RU").CompareInfo;

    /// <inheritdoc />
    public ListPassStage Stage => ListPassStage.BeforeRender;

    /// <inheritdoc />
    public void Apply(ListPassContext context)
    {
        var order = GostOptions.Order(context.Options);
        if (order == "citation") return;
        var headingMax = GostOptions.HeadingMax(context.Options);
        var keyed = context.Entries.Select((e, i) => (Entry: e, Key: SortKey(e.Record, headingMax), Index: i)).ToList();
        keyed.Sort((a, b) =>
        {
            var byScript = Rank(ScriptGroup.Of(a.Key), order).CompareTo(Rank(ScriptGroup.Of(b.Key), order));
            if (byScript != 0) return byScript;
            var byKey = Russian.Compare(a.Key, b.Key, CompareOptions.IgnoreCase);
            return byKey != 0 ? byKey : a.Index.CompareTo(b.Index);
        });
        context.Entries.Clear();
        context.Entries.AddRange(keyed.Select(k => k.Entry));
    }

    /// <summary>
    /// The text an entry is filed under: heading (if any) and title as the entry prints it — a standard's designation
    /// before its title (<c>ГОСТ Р 7.0.100-2018. Библиографическая запись</c>) — without leading quotes or brackets.
    /// </summary>
    public static string SortKey(Record record, int headingMax)
    {
        var title = record.Type == "standard" && record.Field("number") is { } number ? $"{number}. {record.Field("title")}" : record.Field("title");
        var key = $"{GostNames.HeadingKey(record, headingMax)} {title}".Trim();
        var start = 0;
        while (start < key.Length && !char.IsLetterOrDigit(key[start])) start++;
        return key[start..];
    }

    private static int Rank(int group, string order) => order == "latin-first" && group < 2 ? 1 - group : group;
}
