namespace Formatter.Core.Templating;

/// <summary>
/// Which record members a record key can serve: for each CSL name (and each member name, which a field may be stored
/// under), the indexes of the <see cref="RecordMember"/>s that read it. A snapshot of the members known when it was
/// made; members numbered from <see cref="Count"/> on are not in it.
/// </summary>
internal sealed class RecordMemberDirectory
{
    private readonly Dictionary<string, int[]> _byKey;

    public static readonly RecordMemberDirectory Empty = new(new Dictionary<string, int[]>(StringComparer.Ordinal), 0);

    private RecordMemberDirectory(Dictionary<string, int[]> byKey, int count)
    {
        _byKey = byKey;
        Count = count;
    }

    /// <summary>How many members it covers: those numbered below this.</summary>
    public int Count { get; }

    /// <summary>The directory of <paramref name="members"/>, listed by their index.</summary>
    public static RecordMemberDirectory Of(IReadOnlyList<RecordMember> members)
    {
        // Plain loops: generic LINQ over value types would be compiled at run time, in every process that renders.
        var byKey = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            Add(byKey, member.CslName, member.Index);
            if (member.Member != member.CslName) Add(byKey, member.Member, member.Index);
        }
        return new RecordMemberDirectory(byKey, members.Count);
    }

    /// <summary>The indexes of the members that read <paramref name="key"/>; empty when none does.</summary>
    public ReadOnlySpan<int> MembersReading(string key) => _byKey.TryGetValue(key, out var indexes) ? indexes : [];

    private static void Add(Dictionary<string, int[]> byKey, string key, int index)
    {
        if (!byKey.TryGetValue(key, out var indexes))
        {
            byKey.Add(key, [index]);
            return;
        }
        if (Array.IndexOf(indexes, index) >= 0) return;
        Array.Resize(ref indexes, indexes.Length + 1);
        indexes[^1] = index;
        byKey[key] = indexes;
    }
}
