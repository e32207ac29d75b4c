using System.Globalization;
using System.Text;
using Formatter.Plugins;
using Formatter.Records;

namespace Formatter.Core.Lists;

/// <summary>
/// Author-date disambiguation (APA §3, CMOS 15.19): entries with the same names and the same year get <c>a</c>,
/// <c>b</c>, <c>c</c> … exposed to templates as <c>list.year_suffix</c>. The letters follow the order of the works
/// in the list: by full date for the item types named in <c>sort-full-date</c>, then by title without a leading
/// article, then input order — so the pass does not depend on the list being sorted first. Names are those of the
/// first role in <c>sort-names</c> (default <c>author editor</c>) the record has; records without them group by
/// title. Undated entries are a group of their own, apart from works with a status such as <c>in press</c>
/// (<c>n.d.-a</c>, <c>in press-a</c> are the template's business).
/// </summary>
internal sealed class YearSuffixPass : IListPass
{
    [ThreadStatic]
    private static StringBuilder? t_key;

    public ListPassStage Stage => ListPassStage.BeforeRender;

    public void Apply(ListPassContext context)
    {
        if (context.Entries.Count < 2) return;
        var roles = ListSorting.Words(context.Options.GetValueOrDefault("sort-names") ?? "author editor");
        var fullDate = ListSorting.Words(context.Options.GetValueOrDefault("sort-full-date") ?? "").ToHashSet(StringComparer.Ordinal);
        var collation = CultureInfo.GetCultureInfo(context.Options.GetValueOrDefault("collation") ?? "en-US").CompareInfo;
        // A long list's records are kept compact and loaded on each access: the keys are computed one record at a
        // time, and only the keys of a group that needs suffixes are held (each record loaded once) while it is sorted.
        // Long lists of records in memory do both on all cores; each group's letters depend on that group alone.
        // Records in memory first get a hash of their key, made without building it, and the key itself only where
        // hashes meet, which in most lists is a few entries (equal keys always have equal hashes: no group is missed).
        // Compact records get their keys at once, loaded once each.
        var entries = context.Entries;
        // The indexes of the entries whose keys are made; null for all of them.
        var candidates = entries[0].IsCompact ? null : Shared(ListSorting.KeysOf(entries, entry => GroupHash(entry.Record, roles)));
        if (candidates is { Count: 0 }) return;
        var keyed = candidates is null ? entries : candidates.Select(index => entries[index]).ToList();
        var keys = ListSorting.KeysOf(keyed, entry => GroupKey(entry.Record, roles));
        var groups = Enumerable.Range(0, keys.Length)
            .GroupBy(k => keys[k], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Select(k => candidates is null ? k : candidates[k]).ToArray())
            .ToList();
        void Letter(int[] group) => AssignSuffixes(entries, group, fullDate, collation);
        if (ListSorting.InParallel(entries))
            Parallel.ForEach(groups, Letter);
        else
            groups.ForEach(Letter);
    }

    private static void AssignSuffixes(List<ListEntry> entries, int[] group, IReadOnlySet<string> fullDate, CompareInfo collation)
    {
        // Each key once per entry, not once per comparison: a group of n entries is compared about n log n times.
        var ordered = group.Select(index => (Entry: entries[index], Key: WithinGroupKey(entries[index].Record, fullDate), Index: index)).ToList();
        ordered.Sort((a, b) => CompareWithinGroup(a.Key, b.Key, collation) is var r && r != 0 ? r : a.Index.CompareTo(b.Index));
        for (var i = 0; i < ordered.Count; i++) ordered[i].Entry.Values["year_suffix"] = Suffix(i);
    }

    private static (int Month, int Day, string Title) WithinGroupKey(Record record, IReadOnlySet<string> fullDate)
    {
        var (_, _, month, day) = EntrySortKey.DateKey(record, fullDate.Contains(record.Type));
        return (month, day, EntrySortKey.TitleOf(record));
    }

    private static int CompareWithinGroup((int Month, int Day, string Title) a, (int Month, int Day, string Title) b, CompareInfo collation)
    {
        var result = a.Month.CompareTo(b.Month);
        if (result == 0) result = a.Day.CompareTo(b.Day);
        return result != 0 ? result : SortText.Compare(a.Title, b.Title, collation);
    }

    // The indexes of the entries whose hash another entry has too, in list order.
    private static List<int> Shared(ulong[] hashes)
    {
        var counts = new Dictionary<ulong, int>(hashes.Length);
        foreach (var hash in hashes) counts[hash] = counts.GetValueOrDefault(hash) + 1;
        var shared = new List<int>();
        for (var i = 0; i < hashes.Length; i++)
            if (counts[hashes[i]] > 1) shared.Add(i);
        return shared;
    }

    // `who#when`: the names (a literal as it is, else `particle family, given`, joined by `|`) or `title:` and the title;
    // the year, the literal date or `n.d.`. Built in one buffer per thread: the key is made for every entry of a
    // compact list and for every entry whose hash another shares.
    private static string GroupKey(Record record, IReadOnlyList<string> roles)
    {
        var names = FirstNames(record, roles);
        var key = t_key ??= new StringBuilder(128);
        key.Clear();
        if (names.Count == 0) key.Append("title:").Append(record.Field("title"));
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (i > 0) key.Append('|');
            if (name.Literal is { } literal) key.Append(literal);
            else key.Append(name.NonDroppingParticle).Append(' ').Append(name.Family).Append(", ").Append(name.Given);
        }
        key.Append('#');
        var date = record.Date("issued");
        if (date?.Year is { } year) key.Append(CultureInfo.InvariantCulture, $"{year}");
        else key.Append(Undated(record, date));
        var text = key.ToString();
        if (key.Capacity > 4096) t_key = null;
        return text;
    }

    // A hash of the characters GroupKey would give, fed piece by piece (FNV-1a over UTF-16 code units): equal keys give
    // equal hashes however their pieces fall, so only entries with equal hashes need their keys built and compared.
    private static ulong GroupHash(Record record, IReadOnlyList<string> roles)
    {
        var names = FirstNames(record, roles);
        var hash = KeyHash.Start;
        if (names.Count == 0) hash = KeyHash.Add(KeyHash.Add(hash, "title:"), record.Field("title"));
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (i > 0) hash = KeyHash.Add(hash, '|');
            if (name.Literal is { } literal) hash = KeyHash.Add(hash, literal);
            else
            {
                hash = KeyHash.Add(KeyHash.Add(hash, name.NonDroppingParticle), ' ');
                hash = KeyHash.Add(KeyHash.Add(KeyHash.Add(hash, name.Family), ", "), name.Given);
            }
        }
        hash = KeyHash.Add(hash, '#');
        var date = record.Date("issued");
        if (date?.Year is not { } year) return KeyHash.Add(hash, Undated(record, date));
        Span<char> digits = stackalloc char[11];
        year.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        return KeyHash.Add(hash, digits[..written]);
    }

    // What stands for the year of an undated work: its literal date, its status (`in press`: a group apart from the
    // `n.d.` works, APA §3), or `n.d.`.
    private static string Undated(Record record, DateValue? date) => date?.Literal ?? record.Field("status")?.Trim().ToLowerInvariant() ?? "n.d.";

    private static IReadOnlyList<Name> FirstNames(Record record, IReadOnlyList<string> roles)
    {
        IReadOnlyList<Name> names = [];
        for (var i = 0; i < roles.Count; i++)
        {
            names = record.NameList(roles[i]);
            if (names.Count > 0) break;
        }
        return names;
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
