using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>
/// Author-date disambiguation (APA §3, CMOS 15.19): consecutive entries — after sorting — with the same names and the
/// same year get <c>a</c>, <c>b</c>, <c>c</c> … in list order, exposed to templates as <c>list.year_suffix</c>.
/// Undated entries are a group of their own (<c>n.d.-a</c> is the template's business).
/// </summary>
internal sealed class YearSuffixPass : IListPass
{
    public ListPassStage Stage => ListPassStage.BeforeRender;

    public void Apply(ListPassContext context)
    {
        var entries = context.Entries;
        var start = 0;
        while (start < entries.Count)
        {
            var key = GroupKey(entries[start].Record);
            var end = start + 1;
            while (end < entries.Count && GroupKey(entries[end].Record) == key) end++;
            if (end - start > 1)
            {
                for (var i = start; i < end; i++) entries[i].Values["year_suffix"] = Suffix(i - start);
            }
            start = end;
        }
    }

    private static string GroupKey(Record record)
    {
        var names = record.NameList("author");
        if (names.Count == 0) names = record.NameList("editor");
        var who = names.Count == 0
            ? "title:" + record.Field("title")
            : string.Join("|", names.Select(n => n.Literal ?? $"{n.NonDroppingParticle} {n.Family}, {n.Given}"));
        var date = record.Date("issued");
        var when = date?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? date?.Literal ?? "n.d.";
        return who + "#" + when;
    }

    private static string Suffix(int index)
    {
        var suffix = "";
        index++;
        while (index > 0)
        {
            index--;
            suffix = (char)('a' + index % 26) + suffix;
            index /= 26;
        }
        return suffix;
    }
}
