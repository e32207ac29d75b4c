using Formatter.Plugins;

namespace Formatter.Core.Lists;

/// <summary>What the sorting passes share: reading word-list options and a stable sort of the entries.</summary>
internal static class ListSorting
{
    /// <summary>The words of an option value separated by spaces, commas or semicolons.</summary>
    public static List<string> Words(string value) =>
        value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Sorts the entries by a key; entries that compare equal keep their order.</summary>
    public static void StableSort<TKey>(List<ListEntry> entries, Func<ListEntry, TKey> key, Comparison<TKey> compare)
    {
        var keyed = entries.Select((entry, index) => (Entry: entry, Key: key(entry), Index: index)).ToList();
        keyed.Sort((a, b) => compare(a.Key, b.Key) is var r && r != 0 ? r : a.Index.CompareTo(b.Index));
        entries.Clear();
        entries.AddRange(keyed.Select(k => k.Entry));
    }
}
