namespace Formatter.Core.Readers.Ris;

/// <summary>
/// What each RIS tag means, by reference type. The generic meaning comes first; a few types give a tag another
/// meaning, as the RIS specification's per-type field labels say (in a bill, <c>VL</c> is the bill number and
/// <c>SP</c> the section; in a thesis, <c>A3</c> is the supervisor and <c>SP</c> the extent…).
/// </summary>
internal static class RisTagMap
{
    /// <summary>Tags that hold names, and their generic CSL role.</summary>
    private static readonly Dictionary<string, string> GenericNames = new(StringComparer.Ordinal)
    {
        ["AU"] = "author", ["A1"] = "author", ["A2"] = "editor", ["ED"] = "editor", ["A3"] = "collection-editor", ["A4"] = "translator",
    };

    /// <summary>Tags that hold one string variable.</summary>
    private static readonly Dictionary<string, string> GenericFields = new(StringComparer.Ordinal)
    {
        ["TI"] = "title", ["T1"] = "title", ["CT"] = "title", ["ST"] = "title-short", ["T3"] = "collection-title",
        ["OP"] = "original-title", ["RI"] = "reviewed-title", ["VL"] = "volume", ["IS"] = "issue", ["CP"] = "issue",
        ["ET"] = "edition", ["PB"] = "publisher", ["CY"] = "publisher-place", ["PP"] = "publisher-place",
        ["AV"] = "archive_location", ["CN"] = "call-number", ["DB"] = "archive", ["DP"] = "source", ["LB"] = "citation-label",
        ["SE"] = "section", ["NV"] = "number-of-volumes", ["M3"] = "genre", ["M1"] = "number", ["DO"] = "DOI",
    };

    private static readonly Dictionary<(string Type, string Tag), string> Overrides = new()
    {
        [("BILL", "CY")] = "container-title", [("BILL", "VL")] = "number", [("BILL", "SP")] = "section",
        [("UNBILL", "CY")] = "container-title", [("UNBILL", "VL")] = "number", [("UNBILL", "SP")] = "section",
        [("CASE", "PB")] = "authority", [("CASE", "CY")] = "container-title", [("CASE", "T2")] = "title-short",
        [("STAT", "CY")] = "container-title", [("HEAR", "VL")] = "number", [("RPRT", "VL")] = "number",
        [("COMP", "IS")] = "version", [("COMP", "ET")] = "version", [("DATA", "IS")] = "version", [("DATA", "ET")] = "version",
        [("THES", "A3")] = "contributor", [("THES", "SP")] = "number-of-pages",
        [("BOOK", "SP")] = "number-of-pages", [("EBOOK", "SP")] = "number-of-pages", [("EDBOOK", "SP")] = "number-of-pages",
        [("SER", "SP")] = "number-of-pages", [("BOOK", "T2")] = "collection-title", [("EBOOK", "T2")] = "collection-title",
        [("EDBOOK", "T2")] = "collection-title", [("ICOMM", "A2")] = "recipient", [("PCOMM", "A2")] = "recipient",
        [("SOUND", "AU")] = "composer", [("SOUND", "A1")] = "composer", [("SOUND", "A2")] = "author",
        [("MUSIC", "AU")] = "composer", [("MUSIC", "A1")] = "composer", [("MPCT", "AU")] = "director",
        [("MPCT", "A1")] = "director", [("VIDEO", "AU")] = "director", [("VIDEO", "A1")] = "director",
        [("RPRT", "A2")] = "collection-editor", [("ART", "M1")] = "medium", [("ADVS", "M3")] = "medium",
        [("ELEC", "M1")] = "medium", [("MAP", "VL")] = "edition", [("MAP", "M2")] = "genre", [("NEWS", "M2")] = "section",
        [("PAT", "IS")] = "number", [("PAT", "A2")] = "assignee", [("PAT", "VL")] = "application-number",
        [("PAT", "M1")] = "M1", [("JOUR", "M1")] = "issue", [("EJOUR", "M1")] = "issue", [("MGZN", "M1")] = "issue",
    };

    /// <summary>The CSL name role of a name tag in a record of <paramref name="risType"/>, or null when the tag holds no names.</summary>
    public static string? NameRole(string risType, string tag)
    {
        if (Overrides.TryGetValue((risType, tag), out var target)) return IsNameRole(target) ? target : null;
        return GenericNames.GetValueOrDefault(tag);
    }

    /// <summary>The variable of a simple one-value tag, or null when the tag needs special handling or is unknown.</summary>
    public static string? Field(string risType, string tag)
    {
        if (Overrides.TryGetValue((risType, tag), out var target)) return IsNameRole(target) ? null : target;
        return GenericFields.GetValueOrDefault(tag);
    }

    private static bool IsNameRole(string target) => Formatter.Records.CslVariables.NameVariables.Contains(target);
}
