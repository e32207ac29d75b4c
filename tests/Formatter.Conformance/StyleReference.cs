namespace Formatter.Conformance;

/// <summary>Which reference file measures which of our styles.</summary>
public static class StyleReference
{
    public static readonly IReadOnlyList<(string Style, string File)> Pairs =
    [
        ("apa", "apa.json"),
        ("chicago-author-date", "chicago-author-date.json"),
        ("chicago-notes-bibliography", "chicago-notes-bibliography.json"),
        ("gost-r-7.0.5-2008", "gost-r-7-0-5-2008.json"),
        ("mla", "modern-language-association.json"),
        ("ieee", "ieee.json"),
    ];
}
