namespace Formatter.Core.Templating;

/// <summary>
/// A member name of <c>r</c> as a template writes it (<c>container_title</c>), resolved once: the CSL variable it
/// names (<c>container-title</c>) and whether that is a CSL variable. An evaluation tree keeps one per <c>r.name</c>.
/// </summary>
internal sealed class RecordMember(string member)
{
    public string Member { get; } = member;

    public string CslName { get; } = RecordView.CslName(member);

    public bool IsCslVariable { get; } = RecordView.IsCslVariable(RecordView.CslName(member));
}
