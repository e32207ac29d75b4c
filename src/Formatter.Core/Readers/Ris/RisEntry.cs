namespace Formatter.Core.Readers.Ris;

/// <summary>A RIS record from <c>TY</c> to <c>ER</c>: its tags in input order and the line of its <c>TY</c>.</summary>
internal sealed record RisEntry(string TypeTag, IReadOnlyList<RisTag> Tags, int Line)
{
    private Dictionary<string, List<RisTag>>? _byTag;

    /// <summary>The non-empty values of a tag, in order.</summary>
    public IReadOnlyList<RisTag> All(string tag)
    {
        _byTag ??= Index(Tags);
        return _byTag.TryGetValue(tag, out var values) ? values : [];
    }

    /// <summary>The first non-empty value of a tag, or null.</summary>
    public string? First(string tag)
    {
        var values = All(tag);
        return values.Count > 0 ? values[0].Value : null;
    }

    private static Dictionary<string, List<RisTag>> Index(IReadOnlyList<RisTag> tags)
    {
        var index = new Dictionary<string, List<RisTag>>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag.Value.Length == 0) continue;
            if (!index.TryGetValue(tag.Tag, out var list)) index[tag.Tag] = list = [];
            list.Add(tag);
        }
        return index;
    }
}
