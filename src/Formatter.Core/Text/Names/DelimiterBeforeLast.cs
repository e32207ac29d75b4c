namespace Formatter.Core.Text.Names;

/// <summary>Whether the list delimiter also comes before the "and" word (CSL <c>delimiter-precedes-last</c>).</summary>
internal enum DelimiterBeforeLast
{
    /// <summary>Only when three or more names are shown: <c>A and B</c>, <c>A, B, and C</c>.</summary>
    Contextual,

    /// <summary>Only when the name before "and" is inverted: <c>Harlow, Maria K., and Daniel Osei</c> but <c>M. Greene &amp; T. Hollis</c>.</summary>
    AfterInvertedName,

    /// <summary>Always, also with two names: <c>Patel, R., &amp; Moreau, C.</c>.</summary>
    Always,

    /// <summary>Never: <c>A, B and C</c>.</summary>
    Never,

    /// <summary>
    /// Always, except between exactly two names of which the second is a literal (organisation) name — the comma
    /// belongs to the inverted personal name that follows it (citeproc-js with APA): <c>Patel, R., &amp; Moreau, C.</c>,
    /// <c>Conference of Microcomputers, &amp; Barrette, P.</c>, but <c>FAO &amp; UNIDO</c>.
    /// </summary>
    AlwaysUnlessLiteralPair,

    /// <summary>
    /// With three or more names, and also after a name that is actually inverted (CMOS 14.76): <c>Harlow, Maria K., and
    /// Daniel Osei</c>, <c>A, B, and C</c>, but <c>FAO and UNIDO</c> (an organisation is never inverted).
    /// </summary>
    SerialOrInverted,
}
