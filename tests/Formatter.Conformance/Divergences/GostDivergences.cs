using Formatter.Core.Text.Language;
using Formatter.Records;

namespace Formatter.Conformance.Divergences;

/// <summary>
/// The documented divergences of the GOST profile <c>gost-r-7.0.5-2008</c> from the official CSL style run by
/// citeproc-js (see tests/KNOWN-DIVERGENCES.md, section GOST). Rules are tried in this order; each selects records by
/// type and fields only, and only records on which the difference it describes is visible.
/// </summary>
public static class GostDivergences
{
    private static readonly string[] Gost2008 = ["gost-r-7.0.5-2008"];

    /// <summary>Types the CSL style describes as `Title. Place: Publisher, Year. Вып. edition. N с.`.</summary>
    private static readonly HashSet<string> CslBookTypes = ["bill", "book", "graphic", "legal_case", "legislation", "motion_picture", "report", "song"];

    /// <summary>Types the CSL style describes as `Title // Container. / под ред. …. Place: Publisher, Year. С. pages`.</summary>
    private static readonly HashSet<string> CslChapterTypes = ["chapter", "paper-conference"];

    /// <summary>Types the CSL style describes as `Title [Электронный ресурс]. URL: …`.</summary>
    private static readonly HashSet<string> CslWebTypes = ["webpage", "post-weblog"];

    private static readonly HashSet<string> PeriodicalTypes = ["article-journal", "article-magazine", "article-newspaper", "review", "review-book", "article"];

    private static readonly HashSet<string> ArchiveTypes = ["manuscript", "document", "graphic", "personal_communication", "map"];

    private static readonly HashSet<string> CyrillicLanguages = ["ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "tt", "ba", "cv", "mn"];

    private static readonly HashSet<string> ShortPlaces = ["Москва", "Санкт-Петербург", "Ленинград", "Петроград", "Ростов-на-Дону", "Нижний Новгород"];

    private static readonly string[] AbbreviatedWords = ["учебное", "учебник", "сборник", "статей", "конференции", "международной", "научно-практической", "диссертация", "автореферат", "кандидата", "доктора", "справочник"];

    private static readonly string[] OrganisationWords =
    [
        "society", "organization", "organisation", "association", "agency", "institute", "university", "college", "academy",
        "museum", "museen", "library", "council", "committee", "commission", "department", "ministry", "board", "office",
        "service", "team", "group", "foundation", "company", "corporation", "press", "news", "center", "centre", "congress",
        "senate", "government", "states", "kingdom", "republic", "union", "reich", "nation",
        "министерств", "правительств", "дума", "институт", "университет", "академи", "комитет", "совет", "служба",
        "агентств", "центр", "общество", "союз", "управлени", "республик", "редакци",
    ];

    public static IReadOnlyList<DivergenceRule> Rules { get; } =
    [
        // §6: a web page or post is a part of its site (`// Site : [сайт]. Year. D month. URL`); CSL prints the abolished
        // `[Электронный ресурс]` and drops site and date.
        new("gost-2008-web-page-part-of-site", Gost2008, r => CslWebTypes.Contains(r.Type) || r.Type == "post"),
        // §14: a record without a host is described as a whole item (`Place : Publisher, Year`); CSL prints an empty host
        // `Title // 2005.` and no publisher for these types.
        new("gost-2008-whole-item-without-host", Gost2008, r =>
            !CslBookTypes.Contains(r.Type) && !CslChapterTypes.Contains(r.Type) && !CslWebTypes.Contains(r.Type)
            && r.Field("container-title") is null && (r.Date("issued") is not null || Has(r, "volume", "issue", "publisher", "publisher-place"))),
        // §11: with 4+ authors the entry starts with the title, `/ first author [и др.]`; CSL heads it `First и др.`.
        new("gost-2008-four-or-more-authors", Gost2008, r => r.NameList("author").Count >= 4),
        // §3, ГОСТ 7.80: an organisation is not a heading; it follows ` / `.
        new("gost-2008-organisation-not-heading", Gost2008, r => r.NameList("author") is [{ Literal: { } literal }, ..] && IsOrganisation(literal)),
        // §6, §11 example 4: DOI and URL with the access date are kept; CSL drops them outside web pages.
        new("gost-2008-identifiers-kept", Gost2008, r =>
            (r.Field("DOI") is { } doi && doi.Contains("10.", StringComparison.Ordinal)) || (Has(r, "URL") && !CslWebTypes.Contains(r.Type))),
        // §2, §5, §8: `Place : Publisher, Year` with spaced colon, a missing element dropped with its sign, [S. l.] / [s. n.]
        // for books; CSL prints `Place: Publisher`, `: Publisher`, `Place: , 1798` and `. , 1995`.
        new("gost-2008-place-and-publisher", Gost2008, r =>
            (CslBookTypes.Contains(r.Type) || CslChapterTypes.Contains(r.Type)) && (Has(r, "publisher", "publisher-place") || r.Date("issued") is not null)),
        // §7, §14: items not in a Cyrillic script take the English set (Vol., P., p., ed. by); CSL prints Т., С., с., под ред.
        new("gost-2008-terms-by-script", Gost2008, r => !IsCyrillic(r) && (Has(r, "volume", "page", "number-of-pages") || r.NameList("editor").Count > 0)),
        // §2, §11 example 2: `Т. 12, № 3`; CSL `Т. 12. № 3`.
        new("gost-2008-volume-issue-comma", Gost2008, r => Has(r, "volume") && Has(r, "issue")),
        // §4: a stored `Title: subtitle` becomes `Title : subtitle`, the subtitle's first letter lowered.
        new("gost-2008-other-title-information", Gost2008, r =>
            HasUnspacedColon(r.Field("title")) || (!PeriodicalTypes.Contains(r.Type) && HasUnspacedColon(r.Field("container-title")))),
        // §14: newspaper articles show `Year. D month`; CSL the year only.
        new("gost-2008-newspaper-day-and-month", Gost2008, r => r.Type == "article-newspaper" && r.Date("issued")?.Start?.Month is not null),
        // §3, §14: other roles with nominative labels (редактор, переводчик; ed. by, transl. by), every editor listed;
        // CSL prints editors only, `под ред. First и др.`, and no translators.
        new("gost-2008-other-roles", Gost2008, r => r.NameList("editor").Count + r.NameList("translator").Count + r.NameList("director").Count + r.NameList("compiler").Count > 0),
        // §14: a thesis or report names its institution after ` ; ` and prints `Place, Year`; CSL `Place: Institution, Year`.
        new("gost-2008-institution-of-thesis-or-report", Gost2008, r => (r.Type == "thesis" || r.Type == "report") && Has(r, "publisher")),
        // §5, §11 example 1: the edition follows the title area (`2-е изд.`, `1st ed.`); CSL `Вып. 1st` after the year.
        new("gost-2008-edition-area", Gost2008, r => Has(r, "edition") && (CslBookTypes.Contains(r.Type) || CslChapterTypes.Contains(r.Type) || r.Field("container-title") is null)),
        // GOST series area `(Series ; 4)`; CSL omits the series of books and runs it into a chapter's host title.
        new("gost-2008-series", Gost2008, r => Has(r, "collection-title") && !PeriodicalTypes.Contains(r.Type)),
        // §14: whole items print their genre (theses, reports, standards), numbers (report series, patent and case numbers),
        // extent and archive; CSL prints none of them outside books.
        new("gost-2008-whole-item-details", Gost2008, r =>
            (Has(r, "genre") && r.Type is "thesis" or "report" or "standard")
            || (Has(r, "number") && !PeriodicalTypes.Contains(r.Type) && r.Type != "legislation")
            || (Has(r, "number-of-pages") && !CslBookTypes.Contains(r.Type))
            || (ArchiveTypes.Contains(r.Type) && Has(r, "archive", "archive_location"))
            || (r.Type == "legislation" && Has(r, "volume", "number"))
            || (r.Type == "speech" && Has(r, "event-title"))),
        // §14: periodical names exactly as stored; CSL prints the short form (container-title-short).
        new("gost-2008-full-periodical-name", Gost2008, r =>
            r.Field("container-title-short") is { } shortTitle && shortTitle != r.Field("container-title")),
        // §14: data are not repaired, straight quotes and apostrophes stay as stored; citeproc makes them «» and ’.
        new("gost-2008-quotes-as-stored", Gost2008, r =>
            new[] { r.Field("title"), r.Field("container-title"), r.Field("publisher") }.Any(t => t is not null && (t.Contains('"') || t.Contains('\'')))),
        // §11: the 7.0.5-2008 profile abbreviates places (М., СПб.) and words of other title information.
        new("gost-2008-abbreviations", Gost2008, r =>
            (r.Field("publisher-place") is { } place && ShortPlaces.Contains(place.Trim()))
            || AbbreviatedWords.Any(w => (r.Field("title") ?? "").Contains(w, StringComparison.OrdinalIgnoreCase))),
        // Names: a non-dropping particle stays before the family name (`de Cleyre V.`), and every given-name word is an
        // initial (`P. t. C. R.`); citeproc demotes the particle and keeps lower-case words.
        new("gost-2008-name-forms", Gost2008, r => r.NameList("author").Any(n => n.NonDroppingParticle is not null || IrregularGiven(n.Given))),
        // §2: page ranges in full (`2265–2270`); CSL keeps the stored abbreviated range.
        new("gost-2008-page-ranges-in-full", Gost2008, r => r.Field("page") is { } page && HasAbbreviatedRange(page)),
    ];

    private static bool Has(Record record, params string[] fields) => fields.Any(f => record.Field(f) is not null);

    private static bool IsCyrillic(Record record) => CyrillicLanguages.Contains(LanguageTag(LanguageResolver.Resolve(record)));

    private static string LanguageTag(string tag) => tag.Split('-')[0].ToLowerInvariant();

    private static bool HasUnspacedColon(string? text) =>
        text is not null && Enumerable.Range(1, Math.Max(0, text.Length - 2)).Any(i => text[i] == ':' && text[i + 1] == ' ' && text[i - 1] != ' ');

    private static bool IsOrganisation(string literal)
    {
        var words = literal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1) return words[0].Length > 1 && words[0].All(c => !char.IsLetter(c) || char.IsUpper(c));
        return words.Any(w => OrganisationWords.Any(o => w.ToLowerInvariant().Trim('.', ',', '(', ')').StartsWith(o, StringComparison.Ordinal)))
            || words.Any(w => char.IsLower(w[0]) || w.Any(c => c is '(' or ':' or '.'))
            || words.Length > 4;
    }

    private static bool IrregularGiven(string? given) =>
        given is not null && given.Split(' ', '-').Any(w => w.Length > 0 && (char.IsLower(w[0]) || w.Skip(1).Any(char.IsUpper) || w.Contains('(')));

    private static bool HasAbbreviatedRange(string page)
    {
        var parts = page.Split('-', '–');
        return parts.Length == 2 && parts.All(p => p.Trim().Length > 0 && p.Trim().All(char.IsAsciiDigit)) && parts[1].Trim().Length < parts[0].Trim().Length;
    }
}
