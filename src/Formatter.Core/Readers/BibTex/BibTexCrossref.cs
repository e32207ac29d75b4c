using Formatter.Diagnostics;

namespace Formatter.Core.Readers.BibTex;

/// <summary>
/// Resolves <c>crossref</c>: the entry inherits every field of the parent it lacks. The parent's <c>title</c> (and
/// short title) are not the child's own: they become the child's <c>booktitle</c> when it has none, as BibLaTeX does.
/// </summary>
internal static class BibTexCrossref
{
    private static readonly HashSet<string> NotInherited = new(StringComparer.Ordinal)
    {
        "title", "subtitle", "titleaddon", "shorttitle", "crossref", "ids", "key", "keywords", "abstract", "note", "file",
    };

    /// <summary>The entry with its parent's fields added; a missing parent is reported.</summary>
    public static BibTexEntry Resolve(BibTexEntry entry, IReadOnlyDictionary<string, BibTexEntry> byKey, List<BibTexProblem> problems)
    {
        var crossref = entry.Fields.FirstOrDefault(f => f.Name == "crossref");
        if (crossref is null) return entry;
        var parentKey = LatexDecoder.DecodeVerbatim(crossref.Value);
        if (!byKey.TryGetValue(parentKey, out var parent) || ReferenceEquals(parent, entry))
        {
            problems.Add(new BibTexProblem(DiagnosticSeverity.Warning, crossref.Offset, entry.Key, "crossref", $"no entry with the key '{parentKey}'; nothing inherited"));
            return entry;
        }
        var own = entry.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var fields = entry.Fields.ToList();
        foreach (var field in parent.Fields)
        {
            if (own.Contains(field.Name) || NotInherited.Contains(field.Name)) continue;
            fields.Add(field with { Offset = crossref.Offset });
            own.Add(field.Name);
        }
        if (!own.Contains("booktitle") && parent.Raw("title") is { } title) fields.Add(new BibTexField("booktitle", title, crossref.Offset));
        return entry with { Fields = fields };
    }
}
