namespace Formatter.Core.Locales;

/// <summary>Parses and names <see cref="TermForm"/> values by their CSL spelling.</summary>
internal static class TermForms
{
    /// <summary>Parses <c>long</c>, <c>short</c>, <c>symbol</c>, <c>verb</c>, <c>verb-short</c> (case-insensitive); null for anything else.</summary>
    public static TermForm? Parse(string? form) => form?.ToLowerInvariant() switch
    {
        null or "" or "long" => TermForm.Long,
        "short" => TermForm.Short,
        "symbol" => TermForm.Symbol,
        "verb" => TermForm.Verb,
        "verb-short" or "verbshort" or "verb_short" => TermForm.VerbShort,
        _ => null,
    };

    /// <summary>The CSL spelling of a form.</summary>
    public static string Name(TermForm form) => form switch
    {
        TermForm.Short => "short",
        TermForm.Symbol => "symbol",
        TermForm.Verb => "verb",
        TermForm.VerbShort => "verb-short",
        _ => "long",
    };

    /// <summary>The form to try when <paramref name="form"/> is missing (CSL rules), or null after <see cref="TermForm.Long"/>.</summary>
    public static TermForm? FallbackOf(TermForm form) => form switch
    {
        TermForm.VerbShort => TermForm.Verb,
        TermForm.Symbol => TermForm.Short,
        TermForm.Short or TermForm.Verb => TermForm.Long,
        _ => null,
    };
}
