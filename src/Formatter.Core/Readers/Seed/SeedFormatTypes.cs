namespace Formatter.Core.Readers.Seed;

/// <summary>Maps VuFind <c>Format</c> values to CSL item types.</summary>
internal static class SeedFormatTypes
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Article"] = "article-journal", ["Print Article"] = "article-journal", ["Electronic Article"] = "article-journal",
        ["Journal Article"] = "article-journal", ["Newspaper Article"] = "article-newspaper", ["Magazine Article"] = "article-magazine",
        ["Book"] = "book", ["eBook"] = "book", ["Electronic Book"] = "book", ["Print Book"] = "book", ["Book Series"] = "book",
        ["Thesis"] = "thesis", ["Dissertation"] = "thesis", ["Electronic Thesis"] = "thesis",
        ["Conference Proceeding"] = "paper-conference", ["Conference Paper"] = "paper-conference", ["Proceedings"] = "paper-conference",
        ["Book Chapter"] = "chapter", ["Chapter"] = "chapter", ["Report"] = "report", ["Working Paper"] = "report",
        ["Electronic"] = "webpage", ["Website"] = "webpage", ["Web Page"] = "webpage", ["Electronic Resource"] = "webpage",
        ["Journal"] = "periodical", ["Serial"] = "periodical", ["Newspaper"] = "periodical", ["Map"] = "map",
        ["Video"] = "motion_picture", ["Film"] = "motion_picture", ["DVD"] = "motion_picture", ["Sound Recording"] = "song",
        ["Audio"] = "song", ["Music Recording"] = "song", ["Musical Score"] = "musical_score", ["Music"] = "musical_score",
        ["Manuscript"] = "manuscript", ["Dataset"] = "dataset", ["Software"] = "software", ["Image"] = "graphic",
        ["Photo"] = "graphic", ["Drawing"] = "graphic", ["Patent"] = "patent", ["Standard"] = "standard",
        ["Kit"] = "document", ["Slide"] = "graphic", ["Microfilm"] = "document",
    };

    /// <summary>The CSL type of a Format value (several may be joined by <c>, </c>), or null when none is known.</summary>
    public static string? ToType(string format)
    {
        var value = format.Trim();
        if (Types.TryGetValue(value, out var type)) return type;
        foreach (var part in value.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Types.TryGetValue(part, out type)) return type;
        }
        return null;
    }

    /// <summary>True for the article types whose <c>Series</c> is the journal.</summary>
    public static bool IsArticle(string type) => type.StartsWith("article", StringComparison.Ordinal);
}
