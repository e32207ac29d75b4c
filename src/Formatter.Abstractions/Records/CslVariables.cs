namespace Formatter.Records;

/// <summary>The variable names of the CSL 1.0.2 data schema, by kind.</summary>
public static class CslVariables
{
    /// <summary>Name variables.</summary>
    public static readonly IReadOnlySet<string> NameVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
        "curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer",
        "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
        "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator",
    };

    /// <summary>Date variables.</summary>
    public static readonly IReadOnlySet<string> DateVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    /// <summary>Standard (string and number) variables.</summary>
    public static readonly IReadOnlySet<string> StandardVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "chapter-number", "citation-key", "citation-label", "citation-number", "collection-number",
        "collection-title", "container-title", "container-title-short", "dimensions", "division", "DOI", "edition",
        "event", "event-place", "event-title", "first-reference-note-number", "genre", "ISBN", "ISSN", "issue",
        "jurisdiction", "keyword", "language", "license", "locator", "medium", "note", "number", "number-of-pages",
        "number-of-volumes", "original-publisher", "original-publisher-place", "original-title", "page",
        "page-first", "part-number", "part-title", "PMCID", "PMID", "printing-number", "publisher",
        "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section", "source",
        "status", "supplement-number", "title", "title-short", "URL", "version", "volume", "volume-title",
        "volume-title-short", "year-suffix",
    };

    /// <summary>The CSL item types.</summary>
    public static readonly IReadOnlySet<string> ItemTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
        "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
        "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
        "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference",
        "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation",
        "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
    };
}
