namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the MLA style from the CSL reference (see tests/KNOWN-DIVERGENCES.md, "## MLA").</summary>
public static class MlaDivergences
{
    private static readonly string[] Mla = ["mla"];

    public static IReadOnlyList<DivergenceRule> Rules { get; } =
    [
        new("mla-doi-as-link", Mla, AuthoringPredicates.HasNonBareDoi),
        new("mla-name-invisible-ends", Mla, AuthoringPredicates.HasLiteralNameWithInvisibleEnds, DivergenceScope.TextAndCitation),
        new("mla-punctuation-tidied", Mla, AuthoringPredicates.HasUntidyPunctuation),
        new("mla-case-not-english-as-stored", Mla, ChicagoCasePredicates.HasStringNotEnglish, DivergenceScope.LetterCase),
    ];
}
