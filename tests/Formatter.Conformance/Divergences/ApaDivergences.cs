using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Conformance.Divergences;

/// <summary>
/// The documented divergences of the APA style from apa.csl (see tests/KNOWN-DIVERGENCES.md, section APA). Each
/// predicate selects, by type and fields, exactly the records whose entry the rule changes.
/// </summary>
public static partial class ApaDivergences
{
    private static readonly string[] Apa = ["apa"];

    private static readonly string[] SerialTypes =
        ["article-journal", "article-magazine", "article-newspaper", "periodical", "post-weblog", "review", "review-book"];

    private static readonly string[] LegalTypes = ["bill", "hearing", "legal_case", "legislation", "regulation", "treaty"];

    private static readonly string[] EditorRoles = ["editor", "collection-editor", "compiler", "editorial-director"];

    private static readonly string[] AuthorSlotRoles = ["author", "composer", "editor", "director"];

    private static readonly string[] ContributorTypes = ["book", "musical_score", "pamphlet", "report", "standard"];

    public static IReadOnlyList<DivergenceRule> Rules { get; } =
    [
        new("apa-proceedings-as-chapter", Apa, r => r.Type == "paper-conference" && Has(r, "container-title") && !EditorRoles.Any(role => r.NameList(role).Count > 0)),
        new("apa-presentation-place", Apa, IsPresentationWithPlaceOnly),
        new("apa-no-invented-retrieval-date", Apa, r => Has(r, "URL") && !Has(r, "DOI") && r.Date("issued") is null && !Has(r, "status") && r.Date("accessed") is null),
        new("apa-spaced-ellipsis", Apa, r => AuthorSlotRoles.Any(role => r.NameList(role).Count >= 21) || (ContributorTypes.Contains(r.Type) && r.NameList("contributor").Count >= 21)),
        new("apa-article-number", Apa, r => r.Type == "article-journal" && !Has(r, "number") && IsArticleNumber(r.Field("page"))),
        new("apa-no-archive-location", Apa, r => Has(r, "archive_location") && !LegalTypes.Contains(r.Type)),
        new("apa-group-author-is-publisher", Apa, GroupAuthorIsPublisher),
        new("apa-publisher-designation", Apa, r => !SerialTypes.Contains(r.Type) && !LegalTypes.Contains(r.Type) && BusinessDesignation().IsMatch(r.Field("publisher") ?? "")),
        new("apa-number-as-stored", Apa, r => NumberIsPrinted(r) && HyphenatedNumber().IsMatch(r.Field("number")!)
            && (r.Type is "legislation" or "patent" or "regulation" || CiteprocNumeric(r.Field("number")!))),
        new("apa-report-number-label", Apa, r => r.Type is "report" or "thesis" && NumberIsPrinted(r)
            && (ReportNumberNotPlain(r.Field("number")!) || (r.Type == "report" && !Has(r, "genre") && !OwnLabel().IsMatch(r.Field("number")!)))),
        new("apa-no-database-url", Apa, r => !Has(r, "DOI") && IsDatabaseUrl(r.Field("URL"))),
        new("apa-doi-as-url", Apa, r => Has(r, "DOI") && !PlainDoi().IsMatch(r.Field("DOI")!.Trim())),
        new("apa-edition-normalized", Apa, r => Has(r, "edition") && !NumericEdition().IsMatch(r.Field("edition")!.Trim())),
        new("apa-name-invisible-ends", Apa, AuthoringPredicates.HasLiteralNameWithInvisibleEnds, DivergenceScope.TextAndCitation),
        new("apa-typography", Apa, HasUntidyPunctuation),
        new("apa-given-name-initials", Apa, AuthoringPredicates.HasGivenNameWithFinalPeriod),
        new("apa-title-final-period", Apa, r => r.Type is not ("webpage" or "post") && TitleFinalPeriod().IsMatch(r.Field("title") ?? ""), DivergenceScope.TextAndHtml),
    ];

    private static bool Has(Record record, string field) => record.Field(field) is not null;

    /// <summary>A presentation (no proceedings, not published) or a speech whose only place is the place of publication.</summary>
    private static bool IsPresentationWithPlaceOnly(Record r)
    {
        var presentation = r.Type == "speech"
            || (r.Type == "paper-conference" && !Has(r, "container-title") && !EditorRoles.Any(role => r.NameList(role).Count > 0)
                && !Has(r, "page") && !Has(r, "issue") && !Has(r, "volume") && !Has(r, "supplement-number"));
        return presentation && (Has(r, "event-title") || Has(r, "event")) && Has(r, "publisher-place") && !Has(r, "event-place");
    }

    /// <summary>§12: a page value that is not a range and starts with a letter or a zero (not a roman numeral).</summary>
    private static bool IsArticleNumber(string? page)
    {
        if (string.IsNullOrWhiteSpace(page)) return false;
        var value = page.Trim();
        if (value.Contains(' ') || value.Contains(',') || value.Contains('-') || value.Contains('\u2013')) return false;
        if (RomanNumeral().IsMatch(value)) return false;
        return char.IsLetter(value[0]) || value[0] == '0';
    }

    private static readonly string[] DatabaseHosts =
    [
        "proquest.com", "ebscohost.com", "galegroup.com", "gale.com", "ovid.com", "webofscience.com", "webofknowledge.com",
        "scopus.com", "lexisnexis.com", "nexisuni.com", "westlaw.com", "heinonline.org", "factiva.com", "newsbank.com",
    ];

    /// <summary>A URL into a subscription research database (guide §5).</summary>
    private static bool IsDatabaseUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && DatabaseHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    /// <summary>A single group author whose name the publisher (or a web page's site) repeats.</summary>
    private static bool GroupAuthorIsPublisher(Record r)
    {
        var authors = r.NameList("author").Count > 0 ? r.NameList("author") : r.NameList("editor");
        if (authors.Count != 1 || authors[0].Literal is not { } group) return false;
        var key = Key(group);
        return (Has(r, "publisher") && Key(r.Field("publisher")!) == key)
            || (r.Type is "webpage" or "post" && Has(r, "container-title") && Key(r.Field("container-title")!) == key);
    }

    private static string Key(string name) =>
        BusinessDesignation().Replace(name.Trim(), "").Trim().TrimEnd('.', ',').Trim().ToUpperInvariant();

    /// <summary>Types and fields for which apa.csl prints the number with a label.</summary>
    private static bool NumberIsPrinted(Record r)
    {
        if (!Has(r, "number") || r.Type is "article-journal" or "standard") return false;
        if (r.Type == "legal_case" && Has(r, "container-title")) return false;
        if (r.Type == "bill" && (Has(r, "authority") || Has(r, "chapter-number") || Has(r, "container-title"))) return false;
        return true;
    }

    /// <summary>A report number that apa.csl does not recognise as a number (and so prints without <c>No.</c>).</summary>
    private static bool ReportNumberNotPlain(string number) =>
        number.Any(char.IsDigit) && !OwnLabel().IsMatch(number) && !CiteprocNumeric(number);

    /// <summary>Numbers, ranges and lists of numbers with short prefixes and suffixes, as citeproc-js tests is-numeric.</summary>
    private static bool CiteprocNumeric(string number) =>
        NumberSeparators().Split(number.Trim()).All(part => PlainNumber().IsMatch(part));

    /// <summary>Data punctuation that the final clean-up tidies: a space before <c>, . ;</c>, doubled or stray marks, unspaced page lists.</summary>
    private static bool HasUntidyPunctuation(Record r)
    {
        foreach (var field in new[] { "title", "container-title", "collection-title", "publisher" })
            if (r.Field(field) is { } value && UntidyText().IsMatch(value)) return true;
        return r.Field("page") is { } page && UntidyPages().IsMatch(page);
    }

    [GeneratedRegex(@"(?:,\s*|\s+)(?:Inc|Ltd|LLC|Co|Corp|GmbH|S\.A|Pty|plc|PLC)\.?$")]
    private static partial Regex BusinessDesignation();

    [GeneratedRegex(@"\w-\w")]
    private static partial Regex HyphenatedNumber();

    [GeneratedRegex(@"^(?:[A-Z]{0,3}\d+[a-zA-Z]{0,2}|\d+/\d+)$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"\s*(?:,|&|[-\u2013])\s*")]
    private static partial Regex NumberSeparators();

    [GeneratedRegex(@"(?:^|\s)(?:No|Nos|Nr)\.\s*\d")]
    private static partial Regex OwnLabel();

    [GeneratedRegex(@"^10\.\d{4,9}(?:\.\d+)*/[^\s?#%]+$")]
    private static partial Regex PlainDoi();

    [GeneratedRegex(@"^\d+(?:st|nd|rd|th)?$")]
    private static partial Regex NumericEdition();

    [GeneratedRegex(@"^(?:[ivxlcdm]+|[IVXLCDM]+)$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"\s[,;]|\s\.(?!\.)|(?<!\.)\.\.(?!\.)|,\s*,|,\.|[,;]$| : ")]
    private static partial Regex UntidyText();

    [GeneratedRegex(@",\S|\s;|\u2013.*[^\d\s\u2013,-]")]
    private static partial Regex UntidyPages();

    [GeneratedRegex(@"\p{Ll}{4,}\.$")]
    private static partial Regex TitleFinalPeriod();
}
