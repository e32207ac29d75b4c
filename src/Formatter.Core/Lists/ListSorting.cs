using Formatter.Plugins;

namespace Formatter.Core.Lists;

/// <summary>What the sorting passes share: reading word-list options and a stable sort of the entries.</summary>
internal static class ListSorting
{
    /// <summary>The words of an option value separated by spaces, commas or semicolons.</summary>
    public static List<string> Words(string value) =>
        value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Lists at least this long compute their keys on all cores (as they are rendered), unless kept compact.</summary>
    public const int ParallelThreshold = 256;

    /// <summary>
    /// Whether a pass should work on all cores: a long list of records held as objects. A list kept compact is long
    /// enough for memory to count: two threads allocating keys at once took 100,000 records from 193 to 211–240 MiB.
    /// </summary>
    public static bool InParallel(IReadOnlyList<ListEntry> entries) => entries.Count >= ParallelThreshold && !entries[0].IsCompact;

    /// <summary>Sorts the entries by a key; entries that compare equal keep their order.</summary>
    public static void StableSort<TKey>(List<ListEntry> entries, Func<ListEntry, TKey> key, Comparison<TKey> compare)
    {
        var keys = KeysOf(entries, key);
        var keyed = new (ListEntry Entry, TKey Key, int Index)[entries.Count];
        for (var i = 0; i < keyed.Length; i++) keyed[i] = (entries[i], keys[i], i);
        Array.Sort(keyed, (a, b) => compare(a.Key, b.Key) is var r && r != 0 ? r : a.Index.CompareTo(b.Index));
        entries.Clear();
        foreach (var (entry, _, _) in keyed) entries.Add(entry);
    }

    /// <summary>The key of each entry, in order; on all cores when <see cref="InParallel"/> (a key reads only its entry).</summary>
    public static TKey[] KeysOf<TKey>(IReadOnlyList<ListEntry> entries, Func<ListEntry, TKey> key)
    {
        var keys = new TKey[entries.Count];
        if (InParallel(entries))
            Parallel.For(0, entries.Count, i => keys[i] = key(entries[i]));
        else
            for (var i = 0; i < keys.Length; i++) keys[i] = key(entries[i]);
        return keys;
    }
}
