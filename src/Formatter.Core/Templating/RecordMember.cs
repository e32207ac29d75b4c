namespace Formatter.Core.Templating;

/// <summary>
/// A member name of <c>r</c> as a template writes it (<c>container_title</c>), resolved once: the CSL variable it
/// names (<c>container-title</c>) and whether that is a CSL variable. An evaluation tree keeps one per <c>r.name</c>.
/// </summary>
internal sealed class RecordMember
{
    private static readonly Dictionary<string, RecordMember> Known = new(StringComparer.Ordinal);
    private static readonly List<RecordMember> ByIndex = [];
    private static RecordMemberDirectory? _directory = RecordMemberDirectory.Empty;

    public RecordMember(string member)
    {
        Member = member;
        CslName = RecordView.CslName(member);
        IsCslVariable = RecordView.IsCslVariable(CslName);
        IsBuiltIn = member is "id" or "type" or "language";
        lock (Known)
        {
            if (Known.TryGetValue(member, out var known))
            {
                Index = known.Index;
                return;
            }
            Index = ByIndex.Count;
            Known.Add(member, this);
            ByIndex.Add(this);
            _directory = null;
        }
    }

    public string Member { get; }

    /// <summary>A small number for the member name, the same in every template (where a view keeps the value it read).</summary>
    public int Index { get; }

    public string CslName { get; }

    public bool IsCslVariable { get; }

    /// <summary><c>id</c>, <c>type</c> and <c>language</c>: every record has them, under no key.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>The directory of the members named so far; made again after a style has named new ones.</summary>
    public static RecordMemberDirectory Directory
    {
        get
        {
            var directory = Volatile.Read(ref _directory);
            if (directory is not null) return directory;
            lock (Known)
            {
                return _directory ??= RecordMemberDirectory.Of(ByIndex);
            }
        }
    }
}
