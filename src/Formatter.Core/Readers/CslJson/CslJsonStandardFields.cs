namespace Formatter.Core.Readers.CslJson;

/// <summary>The standard CSL string and number variables, whose values must be scalars.</summary>
internal static class CslJsonStandardFields
{
    public static readonly IReadOnlySet<string> Scalars = new HashSet<string>(StringComparer.Ordinal)
    {
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "chapter-number", "citation-key", "citation-label", "citation-number", "collection-number",
        "collection-title", "container-title", "container-title-short", "dimensions", "division", "DOI", "edition",
        "event", "event-title", "event-place", "first-reference-note-number", "genre", "ISBN", "ISSN", "issue",
        "jurisdiction", "keyword", "language", "license", "locator", "medium", "note", "number", "number-of-pages",
        "number-of-volumes", "original-publisher", "original-publisher-place", "original-title", "page", "page-first",
        "part", "part-title", "PMCID", "PMID", "printing", "publisher", "publisher-place", "references",
        "reviewed-genre", "reviewed-title", "scale", "section", "source", "status", "supplement", "title",
        "title-short", "URL", "version", "volume", "volume-title", "year-suffix",
    };
}
