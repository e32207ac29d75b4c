using System.Globalization;
using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Styles.Gost;

/// <summary>
/// Orders a GOST list (guide §9): alphabetically by heading — the first author's family name when the entry has
/// a heading (1–3 authors), else the title — Cyrillic entries first, then Latin, then other scripts.
/// Option <c>order</c>: <c>cyrillic-first</c> (default), <c>latin-first</c>, or <c>citation</c> (input order kept).
/// </summary>
public sealed class GostOrderPass : IListPass
{
    private static readonly CompareInfo Russian = CultureInfo.GetCultureInfo("ru-RU").CompareInfo;

    /// <inheritdoc />
    public ListPassStage Stage => ListPassStage.BeforeRender;

    /// <inheritdoc />
    public void Apply(ListPassContext context)
    {
        var order = context.Options.TryGetValue("order", out var value) ? value : "cyrillic-first";
        if (order == "citation") return;
        var headingMax = context.Options.TryGetValue("heading-max-authors", out var max) && int.TryParse(max, out var m) ? m : 3;
        var keyed = context.Entries.Select((e, i) => (Entry: e, Key: Heading(e.Record, headingMax), Index: i)).ToList();
        keyed.Sort((a, b) =>
        {
            var byScript = Rank(ScriptGroup.Of(a.Key), order).CompareTo(Rank(ScriptGroup.Of(b.Key), order));
            if (byScript != 0) return byScript;
            var byKey = Russian.Compare(a.Key, b.Key, CompareOptions.IgnoreCase | CompareOptions.IgnoreKanaType);
            return byKey != 0 ? byKey : a.Index.CompareTo(b.Index);
        });
        context.Entries.Clear();
        context.Entries.AddRange(keyed.Select(k => k.Entry));
    }

    private static int Rank(int group, string order) => order == "latin-first" && group < 2 ? 1 - group : group;

    private static string Heading(Record record, int headingMax)
    {
        var authors = record.NameList("author");
        var title = record.Field("title") ?? "";
        if (authors.Count == 0 || authors.Count > headingMax) return title;
        var first = authors[0];
        var family = first.Literal ?? string.Join(" ", new[] { first.NonDroppingParticle, first.Family }.Where(p => !string.IsNullOrEmpty(p)));
        return $"{family} {first.Given} {title}".Trim();
    }
}
