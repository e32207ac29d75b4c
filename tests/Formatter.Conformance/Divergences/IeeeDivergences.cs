namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the IEEE style from the CSL reference (see tests/KNOWN-DIVERGENCES.md, "## IEEE").</summary>
public static class IeeeDivergences
{
    private static readonly string[] Ieee = ["ieee"];

    public static IReadOnlyList<DivergenceRule> Rules { get; } =
    [
        new("ieee-presented-at", Ieee, r => r.Type is "paper-conference" or "speech"
            && r.Field("container-title") is null && (r.Field("event-title") ?? r.Field("event")) is not null),
        new("ieee-doi-as-doi", Ieee, AuthoringPredicates.HasNonBareDoi),
        new("ieee-name-invisible-ends", Ieee, AuthoringPredicates.HasLiteralNameWithInvisibleEnds, DivergenceScope.TextAndCitation),
        new("ieee-punctuation-tidied", Ieee, AuthoringPredicates.HasUntidyPunctuation),
        new("ieee-given-name-initials", Ieee, AuthoringPredicates.HasGivenNameWithFinalPeriod),
    ];
}
