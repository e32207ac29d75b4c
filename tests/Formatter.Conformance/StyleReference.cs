namespace Formatter.Conformance;

/// <summary>Which reference file measures which of our styles.</summary>
public static class StyleReference
{
    /// <summary>Style id, reference file, and whether the reference numbers its entries (<c>1. </c>, <c>[1] </c>).</summary>
    public static readonly IReadOnlyList<(string Style, string File, bool Numbered)> Pairs =
    [
        ("apa", "apa.json", false),
        ("chicago-author-date", "chicago-author-date.json", false),
        ("chicago-notes-bibliography", "chicago-notes-bibliography.json", false),
        ("gost-r-7.0.5-2008", "gost-r-7-0-5-2008.json", true),
        ("mla", "modern-language-association.json", false),
        ("ieee", "ieee.json", true),
    ];
}
