namespace Formatter.Core.Readers.Ris;

/// <summary>A RIS record from <c>TY</c> to <c>ER</c>: its tags in input order and the line of its <c>TY</c>.</summary>
internal sealed record RisEntry(string TypeTag, IReadOnlyList<RisTag> Tags, int Line)
{
    /// <summary>The non-empty values of a tag, in order.</summary>
    public IEnumerable<RisTag> All(string tag) => Tags.Where(t => t.Tag == tag && t.Value.Length > 0);

    /// <summary>The first non-empty value of a tag, or null.</summary>
    public string? First(string tag) => All(tag).FirstOrDefault()?.Value;
}
