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
