namespace Formatter.Core.Readers.BibTex;

/// <summary>The BibTeX/BibLaTeX fields that map one-to-one to a CSL variable, and how each is decoded.</summary>
internal static class BibTexFields
{
    /// <summary>Field → (CSL variable, kind). Fields with type-dependent meaning are handled by <see cref="BibTexRecordBuilder"/>.</summary>
    public static readonly IReadOnlyDictionary<string, (string Variable, BibTexFieldKind Kind)> Simple =
        new Dictionary<string, (string, BibTexFieldKind)>(StringComparer.Ordinal)
        {
            ["title"] = ("title", BibTexFieldKind.Title), ["shorttitle"] = ("title-short", BibTexFieldKind.Title),
            ["series"] = ("collection-title", BibTexFieldKind.Title), ["eventtitle"] = ("event-title", BibTexFieldKind.Title),
            ["origtitle"] = ("original-title", BibTexFieldKind.Title), ["shortjournal"] = ("container-title-short", BibTexFieldKind.Title),
            ["journalabbr"] = ("container-title-short", BibTexFieldKind.Title), ["volume"] = ("volume", BibTexFieldKind.Text),
            ["issue"] = ("issue", BibTexFieldKind.Text), ["pages"] = ("page", BibTexFieldKind.Text),
            ["edition"] = ("edition", BibTexFieldKind.Text), ["chapter"] = ("chapter-number", BibTexFieldKind.Text),
            ["pagetotal"] = ("number-of-pages", BibTexFieldKind.Text), ["numpages"] = ("number-of-pages", BibTexFieldKind.Text),
            ["volumes"] = ("number-of-volumes", BibTexFieldKind.Text), ["version"] = ("version", BibTexFieldKind.Text),
            ["isbn"] = ("ISBN", BibTexFieldKind.Verbatim), ["issn"] = ("ISSN", BibTexFieldKind.Verbatim),
            ["url"] = ("URL", BibTexFieldKind.Verbatim), ["pmid"] = ("PMID", BibTexFieldKind.Verbatim),
            ["pmcid"] = ("PMCID", BibTexFieldKind.Verbatim), ["abstract"] = ("abstract", BibTexFieldKind.Text),
            ["keywords"] = ("keyword", BibTexFieldKind.Text), ["annote"] = ("annote", BibTexFieldKind.Text),
            ["annotation"] = ("annote", BibTexFieldKind.Text), ["type"] = ("genre", BibTexFieldKind.Text),
            ["venue"] = ("event-place", BibTexFieldKind.Text), ["medium"] = ("medium", BibTexFieldKind.Text),
            ["library"] = ("archive", BibTexFieldKind.Text), ["callnumber"] = ("call-number", BibTexFieldKind.Text),
        };

    /// <summary>Name fields → CSL name variables.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["author"] = "author", ["editor"] = "editor", ["translator"] = "translator", ["bookauthor"] = "container-author",
        ["director"] = "director", ["composer"] = "composer", ["illustrator"] = "illustrator",
    };

    /// <summary>Unknown fields that are not text and are kept verbatim.</summary>
    public static readonly IReadOnlySet<string> VerbatimUnknown = new HashSet<string>(StringComparer.Ordinal)
    {
        "file", "pdf", "biburl", "bibsource", "eprint", "eprintclass", "archiveprefix", "primaryclass",
        "ids", "crossref", "xref", "key", "timestamp", "urlraw", "mrnumber", "zbl", "arxiv", "hal_id", "eid",
    };

    /// <summary>Fields consumed by the record builder itself (dates, places, publishers, journals…).</summary>
    public static readonly IReadOnlySet<string> Handled = new HashSet<string>(StringComparer.Ordinal)
    {
        "year", "month", "day", "date", "urldate", "eventdate", "origdate", "journal", "journaltitle", "fjournal",
        "booktitle", "number", "publisher", "institution", "school", "organization", "address", "location", "doi",
        "note", "language", "langid", "howpublished", "eprinttype", "subtitle",
    };
}
