namespace Formatter.Core.Text.Names;

/// <summary>
/// How <see cref="NameFormatter"/> writes a list of names. The defaults give natural order, full given names, <c>", "</c>
/// between names, no "and" word and no et-al shortening. Words such as <see cref="And"/> and <see cref="EtAlTerm"/> are
/// plain strings: take them from the locale (<c>and</c>, <c>et-al</c>, <c>gost-et-al</c> terms).
/// </summary>
internal sealed record NameListOptions
{
    /// <summary>The defaults: <c>Maria K. Harlow, Daniel Osei</c>.</summary>
    public static NameListOptions Default { get; } = new();

    /// <summary>APA 7 author list: all inverted, initials, <c>, &amp;</c>, 21+ → 19, <c>, . . .</c>, last.</summary>
    public static NameListOptions Apa { get; } = new()
    {
        Inversion = NameInversion.All, GivenForm = GivenNameForm.Initials, And = "&", DelimiterBeforeLast = DelimiterBeforeLast.Always,
        EtAlMin = 21, EtAlUseFirst = 19, EtAlUseLast = true,
    };

    /// <summary>Chicago 17 bibliography: first inverted, given names as stored (bare initials punctuated), <c>, and</c>, 11+ → 7 <c>et al.</c>.</summary>
    public static NameListOptions ChicagoBibliography { get; } = new()
    {
        Inversion = NameInversion.First, PunctuateBareInitials = true, And = "and", DelimiterBeforeLast = DelimiterBeforeLast.Always,
        EtAlMin = 11, EtAlUseFirst = 7, EtAlTerm = "et al.",
    };

    /// <summary>GOST R 7.0.100 statement of responsibility (after <c>/</c>): natural order, initials, 5+ → 3 <c>[и др.]</c>.</summary>
    public static NameListOptions GostResponsibility { get; } = new()
    {
        GivenForm = GivenNameForm.Initials, EtAlMin = 5, EtAlUseFirst = 3, EtAlTerm = "[и др.]", EtAlDelimiter = " ",
    };

    /// <summary>GOST heading (<c>Иванова, А. С.</c>): inverted, initials; pass only the first author.</summary>
    public static NameListOptions GostHeading { get; } = new() { Inversion = NameInversion.All, GivenForm = GivenNameForm.Initials };

    /// <summary>Which names are inverted (family first).</summary>
    public NameInversion Inversion { get; init; } = NameInversion.None;

    /// <summary>Full given names or initials.</summary>
    public GivenNameForm GivenForm { get; init; } = GivenNameForm.Full;

    /// <summary>Whole names or family names only.</summary>
    public NameForm Form { get; init; } = NameForm.Long;

    /// <summary>Between initials: <c>" "</c> gives <c>V. I.</c>, <c>""</c> gives <c>V.I.</c>.</summary>
    public string InitialSeparator { get; init; } = " ";

    /// <summary>Whether initials carry periods (<c>V. I.</c>; false gives <c>V I</c>, with an empty separator <c>VI</c>).</summary>
    public bool InitialPeriods { get; init; } = true;

    /// <summary>In the full form, a bare one-letter initial gains a period and run-together initials are spaced (Chicago: <c>Jeffrey R</c> → <c>Jeffrey R.</c>).</summary>
    public bool PunctuateBareInitials { get; init; }

    /// <summary>Between family and given name when inverted, and before a suffix: <c>", "</c> (<c>Petrov, I. A.</c>) or <c>" "</c> (GOST 7.0.5 <c>Петров И. А.</c>).</summary>
    public string SortSeparator { get; init; } = ", ";

    /// <summary>Between names.</summary>
    public string Delimiter { get; init; } = ", ";

    /// <summary>The word or symbol before the last name (<c>and</c>, <c>&amp;</c>, <c>и</c>); null for none (names joined by <see cref="Delimiter"/>).</summary>
    public string? And { get; init; }

    /// <summary>Whether <see cref="Delimiter"/> also precedes <see cref="And"/>.</summary>
    public DelimiterBeforeLast DelimiterBeforeLast { get; init; } = DelimiterBeforeLast.Contextual;

    /// <summary>Lists with at least this many names are shortened; 0 never shortens.</summary>
    public int EtAlMin { get; init; }

    /// <summary>How many names a shortened list keeps.</summary>
    public int EtAlUseFirst { get; init; } = 1;

    /// <summary>A shortened list ends with <see cref="EllipsisDelimiter"/> and the last name instead of the et-al term (APA).</summary>
    public bool EtAlUseLast { get; init; }

    /// <summary>The et-al term: <c>et al.</c>, <c>[и др.]</c>, <c>[et al.]</c>.</summary>
    public string EtAlTerm { get; init; } = "et al.";

    /// <summary>Before the et-al term: <c>", "</c> (Chicago <c>Nisha Gupta, et al.</c>) or <c>" "</c> (GOST <c>Д. А. Ким [и др.]</c>).</summary>
    public string EtAlDelimiter { get; init; } = ", ";

    /// <summary>Between the kept names and the last name when <see cref="EtAlUseLast"/> applies (APA <c>, . . . </c>).</summary>
    public string EllipsisDelimiter { get; init; } = ", . . . ";

    /// <summary>When inverted, the non-dropping particle moves after the given name (<c>Gogh, Vincent van</c>) instead of staying (<c>van Gogh, Vincent</c>).</summary>
    public bool DemoteNonDroppingParticle { get; init; }
}
