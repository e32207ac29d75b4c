namespace Formatter.Core.Templating;

/// <summary>
/// A member name of <c>r</c> as a template writes it (<c>container_title</c>), resolved once: the CSL variable it
/// names (<c>container-title</c>) and whether that is a CSL variable. An evaluation tree keeps one per <c>r.name</c>.
/// </summary>
internal sealed class RecordMember(string member)
{
    private static readonly Dictionary<string, int> Indexes = new(StringComparer.Ordinal);

    public string Member { get; } = member;

    /// <summary>A small number for the member name, the same in every template (where a view keeps the value it read).</summary>
    public int Index { get; } = IndexOf(member);

    public string CslName { get; } = RecordView.CslName(member);

    public bool IsCslVariable { get; } = RecordView.IsCslVariable(RecordView.CslName(member));

    private static int IndexOf(string member)
    {
        lock (Indexes)
        {
            if (!Indexes.TryGetValue(member, out var index)) Indexes.Add(member, index = Indexes.Count);
            return index;
        }
    }
}
