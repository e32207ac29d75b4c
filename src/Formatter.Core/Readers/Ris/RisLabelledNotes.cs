namespace Formatter.Core.Readers.Ris;

/// <summary>
/// Notes (<c>N1</c>) of the form <c>Label: value</c> whose label is a bibliographic field name. Reference Manager and
/// ProCite export the fields that have no RIS tag this way (<c>N1  - Series Title: …</c>, <c>N1  - Place of
/// Publication: …</c>). Only the exact field labels below are read, and only into variables that no tag has set;
/// any other note (<c>Notes: see p. 3</c>, <c>Record ID: 10</c>, free text) stays a note. Labels that introduce names
/// (<c>Author, Subsidiary:</c>, <c>Editor:</c>) are not read: their role is not stated and the note keeps them.
/// </summary>
internal static class RisLabelledNotes
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Place of Publication"] = "publisher-place",
        ["Publisher Name"] = "publisher",
        ["Edition"] = "edition",
        ["Volume ID"] = "volume",
        ["Issue ID"] = "issue",
        ["Issue Identification"] = "issue",
        ["Series Title"] = "collection-title",
        ["Series Volume ID"] = "collection-number",
        ["Proceedings Title"] = "container-title",
        ["Title, Monographic"] = "container-title",
        ["Title Monographic"] = "container-title",
        ["Place of Meeting"] = "event-place",
        ["Medium Designator"] = "medium",
        ["Size"] = "dimensions",
        ["Scale"] = "scale",
        ["ISBN"] = "ISBN",
        ["ISSN"] = "ISSN",
        ["Language"] = "language",
    };

    /// <summary>The variable and value of a labelled note, or null when <paramref name="note"/> is not one.</summary>
    public static (string Variable, string Value)? Read(string note)
    {
        var colon = note.IndexOf(':');
        if (colon <= 0) return null;
        var label = note[..colon].Trim();
        var value = note[(colon + 1)..].Trim();
        if (value.Length == 0 || !Labels.TryGetValue(label, out var variable)) return null;
        if (variable == "language") return LanguageCodes.ToTag(value) is { } tag ? (variable, tag) : null;
        return (variable, value);
    }
}
