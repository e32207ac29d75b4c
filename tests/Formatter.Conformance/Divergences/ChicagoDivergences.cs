using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Conformance.Divergences;

/// <summary>The documented divergences of the Chicago style(s) from the CSL reference (see tests/KNOWN-DIVERGENCES.md).</summary>
public static partial class ChicagoDivergences
{
    private const string NotesBibliography = "chicago-notes-bibliography";
    private const string AuthorDate = "chicago-author-date";
    private static readonly string[] Both = [NotesBibliography, AuthorDate];

    private static readonly HashSet<string> NewsTypes = ["article-newspaper", "article-magazine"];
    private static readonly HashSet<string> ArticleTypes = ["article-journal", "article-newspaper", "article-magazine"];
    private static readonly HashSet<string> EntryTypes = ["entry", "entry-dictionary", "entry-encyclopedia"];
    private static readonly HashSet<string> LegalTypes = ["bill", "hearing", "legal_case", "legislation", "regulation", "treaty"];

    /// <summary>Types whose source date CSL 17th-edition author-date prints as month and day only (<c>May 3</c>).</summary>
    private static readonly HashSet<string> MonthDayTypes =
    [
        "article", "broadcast", "collection", "dataset", "document", "event", "graphic", "manuscript", "map", "patent",
        "performance", "personal_communication", "post", "software", "song", "speech", "standard", "webpage",
    ];

    public static IReadOnlyList<DivergenceRule> Rules { get; } =
    [
        new("chicago-journal-year-only", Both, r => r.Type == "article-journal" && JournalDateDiffers(r)),
        new("chicago-ad-journal-no-date", [AuthorDate], r => r.Type == "article-journal" && r.Date("issued") is not null
            && !(Has(r, "volume") && Has(r, "issue"))),
        new("chicago-archive-location-omitted", Both, r => !LegalTypes.Contains(r.Type) && Has(r, "archive_location")),
        new("chicago-article-title-quoted", Both, r => ArticleTypes.Contains(r.Type) && !Has(r, "container-title"), DivergenceScope.TextAndCitation),
        new("chicago-unsigned-periodical", Both, r => NewsTypes.Contains(r.Type) && r.NameList("author").Count == 0 && Has(r, "container-title"), DivergenceScope.TextAndCitation),
        new("chicago-periodical-initial-the", Both, r => NewsTypes.Contains(r.Type)
            && (r.Field("container-title") ?? "").StartsWith("The ", StringComparison.Ordinal)),
        new("chicago-thesis-genre", Both, r => r.Type == "thesis" && ThesisGenre().IsMatch(r.Field("genre") ?? ""), DivergenceScope.TextAndLetterCase),
        new("chicago-proceedings-as-book", Both, r => r.Type == "paper-conference" && Has(r, "container-title") && r.NameList("editor").Count == 0),
        new("chicago-presented-paper", Both, r => r.Type == "paper-conference" && Has(r, "event-title") && !Has(r, "container-title")
            && !Has(r, "page") && !Has(r, "volume") && !Has(r, "issue") && r.NameList("editor").Count == 0),
        new("chicago-number-range-as-stored", Both, r => !LegalTypes.Contains(r.Type) && NumberRange().IsMatch(r.Field("number") ?? "")),
        new("chicago-edition-as-stored", Both, r => Has(r, "edition") && !Digits().IsMatch(r.Field("edition")!), DivergenceScope.TextAndCitation),
        new("chicago-ad-full-date-repeated", [AuthorDate], r => (MonthDayTypes.Contains(r.Type) || (EntryTypes.Contains(r.Type) && (Has(r, "DOI") || Has(r, "URL"))))
            && r.Date("issued")?.Start?.Month is not null),
        new("chicago-ad-software-no-bare-released", [AuthorDate], r => r.Type == "software" && r.Date("issued")?.Start is { Month: null }),
        new("chicago-doi-normalised", Both, r => Has(r, "DOI") && !CleanDoi().IsMatch(r.Field("DOI")!)),
        new("chicago-undated-webpage-nd", [NotesBibliography], r => r.Type == "webpage" && r.Date("issued") is null && r.Date("accessed") is null),
        new("chicago-particle-kept", Both, r => FirstName(r) is { NonDroppingParticle.Length: > 0 }),
        new("chicago-comma-after-inverted-name", Both, r => r.NameList("author") is { Count: 2 } a && a[0].IsLiteral != a[1].IsLiteral),
        new("chicago-data-punctuation-tidied", Both, r => r.Fields.Values.Any(v => UntidyPunctuation().IsMatch(v)), DivergenceScope.TextAndCitation),
        new("chicago-inverted-name-comma-any-language", Both, r => CjkLanguage().IsMatch(r.Field("language") ?? "")
            && r.NameList("author") is { Count: > 0 } authors && IsLatinPersonalName(authors[0]), DivergenceScope.TextAndCitation),
        new("chicago-literal-name-as-stored", Both, r => AllNames(r).Any(n => n.Literal?.Contains(" | ", StringComparison.Ordinal) == true), DivergenceScope.TextAndCitation),
        new("chicago-given-name-as-stored", Both, r => AllNames(r).Any(n => PeriodInsideWord().IsMatch(n.Given ?? "")), DivergenceScope.TextAndCitation),
        new("chicago-page-text-as-stored", Both, r => r.Field("page") is { } page && page.Any(char.IsLetter), DivergenceScope.TextAndCitation),
        new("chicago-note-no-comma-before-parenthesis", [NotesBibliography], r => r.Names.Values.All(list => list.Count == 0)
            && (Has(r, "publisher") || Has(r, "publisher-place")), DivergenceScope.Citation),
        new("chicago-ad-cite-initials-for-other-works-only", [AuthorDate], r => FirstAuthorSharesFamilyName(r), DivergenceScope.Citation),

        // Letter case only: the entry agrees with CSL ignoring case (it still counts as agreeing, not as exact).
        new("chicago-name-invisible-ends", Both, AuthoringPredicates.HasLiteralNameWithInvisibleEnds, DivergenceScope.TextAndCitation),
        new("chicago-case-not-english-as-stored", Both, ChicagoCasePredicates.HasStringNotEnglish, DivergenceScope.LetterCase),
        new("chicago-case-minor-words-lowered", Both, ChicagoCasePredicates.HasCapitalisedMinorWord, DivergenceScope.LetterCase),
        new("chicago-case-unicode-hyphen-compound", Both, ChicagoCasePredicates.HasUnicodeHyphenCompound, DivergenceScope.LetterCase),
        new("chicago-case-last-word-of-title", Both, ChicagoCasePredicates.HasMinorWordBeforeColon, DivergenceScope.LetterCase),
        new("chicago-case-domain-name-kept", Both, ChicagoCasePredicates.HasDomainName, DivergenceScope.LetterCase),
    ];

    /// <summary>The collation rules of the Chicago list (KNOWN-DIVERGENCES.md, “Chicago list order”).</summary>
    public static IReadOnlyList<DivergenceRule> OrderRules { get; } =
    [
        new("chicago-sort-title-without-article", Both, r => FilesUnderTitle(r) && LeadingArticle().IsMatch(r.Field("title") ?? "")),
        new("chicago-sort-unsigned-periodical-by-title", Both, r => NewsTypes.Contains(r.Type) && r.NameList("author").Count == 0 && Has(r, "container-title")),
        new("chicago-sort-particle-as-printed", Both, r => FirstName(r) is { NonDroppingParticle.Length: > 0 }),
        new("chicago-sort-name-invisible-ends", Both, AuthoringPredicates.HasLiteralNameWithInvisibleEnds),
    ];

    /// <summary>No author or editor: the entry starts with (and files under) its title.</summary>
    private static bool FilesUnderTitle(Record record) =>
        LegalTypes.Contains(record.Type) || (record.NameList("author").Count == 0 && record.NameList("editor").Count == 0);

    [GeneratedRegex(@"^[“""‘'\[(]*(the|an|a)\s", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    private static bool Has(Record record, string field) => record.Field(field) is not null;

    /// <summary>CSL prints a journal's month (<c>(November 2011)</c>) or, without volume and issue, its full date.</summary>
    private static bool JournalDateDiffers(Record record) =>
        record.Date("issued") is { } date && (date.Start?.Month is not null || date.Season is not null || date.Literal is not null);

    /// <summary>Another name of the record (an editor, a contributor) has the first author's family name with other given names.</summary>
    private static bool FirstAuthorSharesFamilyName(Record record) =>
        record.NameList("author") is { Count: > 0 } authors && authors[0].Family is { Length: > 0 } family
        && AllNames(record).Any(n => !ReferenceEquals(n, authors[0]) && n.Family == family && n.Given != authors[0].Given);

    private static IEnumerable<Name> AllNames(Record record) => record.Names.Values.SelectMany(list => list);

    /// <summary>A person's name (family and given) written in Latin letters.</summary>
    private static bool IsLatinPersonalName(Name name) =>
        name.Literal is null && LatinText().IsMatch(name.Family ?? "") && LatinText().IsMatch(name.Given ?? "");

    private static Name? FirstName(Record record) =>
        record.NameList("author") is { Count: > 0 } authors ? authors[0] : record.NameList("editor") is { Count: > 0 } editors ? editors[0] : null;

    [GeneratedRegex(@"\bmaster|\bph\.?\s?d\b|\bdoctor|\bdissertation", RegexOptions.IgnoreCase)]
    private static partial Regex ThesisGenre();

    [GeneratedRegex(@"^\d+\s*[-\u2013]\s*\d+$")]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"^(ja|zh|ko)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CjkLanguage();

    [GeneratedRegex(@"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\-]*$")]
    private static partial Regex LatinText();

    /// <summary>A period followed directly by a lower-case letter (<c>scholar.social</c>), not an initial.</summary>
    [GeneratedRegex(@"\.\p{Ll}")]
    private static partial Regex PeriodInsideWord();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    /// <summary>A space before a comma, period or colon, a doubled period or comma, or a trailing comma, semicolon or colon, typed in the data.</summary>
    [GeneratedRegex(@"\s[,.](\s|$)|[^.]\.\.(\s|$)|,\s*,|[,;:]\s*$| : ")]
    private static partial Regex UntidyPunctuation();

    /// <summary>A DOI as registered (<c>10.1234/abc</c>), with no URL prefix and nothing a URL would have to escape.</summary>
    [GeneratedRegex(@"^10\.\d{4,}/[^\s?#%""<>]+$")]
    private static partial Regex CleanDoi();
}
