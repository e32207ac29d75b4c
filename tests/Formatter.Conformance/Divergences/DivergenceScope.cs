namespace Formatter.Conformance.Divergences;

/// <summary>Which differences a divergence rule explains.</summary>
[Flags]
public enum DivergenceScope
{
    /// <summary>Entries that differ from the reference even ignoring letter case (the default).</summary>
    Text = 1,

    /// <summary>
    /// Entries that agree with the reference ignoring letter case but differ in case. Such entries still count as
    /// agreeing (and against the exact share); the rule only says why their case differs.
    /// </summary>
    LetterCase = 2,

    /// <summary>Entries that differ in text and in letter case.</summary>
    TextAndLetterCase = Text | LetterCase,

    /// <summary>
    /// Citations (notes, in-text citations) that differ from the reference even ignoring case. They still count as
    /// differing; the rule only says why.
    /// </summary>
    Citation = 4,

    /// <summary>Entries and citations that differ in text.</summary>
    TextAndCitation = Text | Citation,

    /// <summary>HTML entries that differ also where the text agrees (the markup around a character the rule moves).</summary>
    Html = 8,

    /// <summary>Entries that differ in text, and HTML entries that differ even where the text agrees.</summary>
    TextAndHtml = Text | Html,
}
