namespace Formatter.Core.Readers.BibTex;

/// <summary>BibTeX and BibLaTeX entry types and the CSL item types they become.</summary>
internal static class BibTexTypes
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["article"] = "article-journal", ["book"] = "book", ["mvbook"] = "book", ["bookinbook"] = "chapter",
        ["booklet"] = "pamphlet", ["collection"] = "book", ["mvcollection"] = "book", ["proceedings"] = "book",
        ["mvproceedings"] = "book", ["reference"] = "book", ["mvreference"] = "book", ["periodical"] = "periodical",
        ["suppperiodical"] = "article-journal", ["inbook"] = "chapter", ["incollection"] = "chapter",
        ["suppbook"] = "chapter", ["suppcollection"] = "chapter", ["inreference"] = "entry-encyclopedia",
        ["inproceedings"] = "paper-conference", ["conference"] = "paper-conference", ["manual"] = "book",
        ["mastersthesis"] = "thesis", ["phdthesis"] = "thesis", ["thesis"] = "thesis", ["techreport"] = "report",
        ["report"] = "report", ["unpublished"] = "manuscript", ["misc"] = "document", ["online"] = "webpage",
        ["electronic"] = "webpage", ["www"] = "webpage", ["webpage"] = "webpage", ["patent"] = "patent",
        ["dataset"] = "dataset", ["software"] = "software", ["artwork"] = "graphic", ["image"] = "graphic",
        ["audio"] = "song", ["music"] = "song", ["video"] = "motion_picture", ["movie"] = "motion_picture",
        ["performance"] = "performance", ["legislation"] = "legislation", ["legal"] = "legislation",
        ["jurisdiction"] = "legal_case", ["letter"] = "personal_communication", ["standard"] = "standard",
        ["review"] = "review", ["article-magazine"] = "article-magazine", ["article-newspaper"] = "article-newspaper",
        ["newsarticle"] = "article-newspaper", ["map"] = "map", ["dictionary"] = "entry-dictionary",
    };

    /// <summary>Types whose <c>booktitle</c> names the work that contains them.</summary>
    public static readonly IReadOnlySet<string> Contained = new HashSet<string>(StringComparer.Ordinal)
    {
        "chapter", "paper-conference", "entry-encyclopedia", "entry-dictionary", "entry",
    };

    /// <summary>The CSL type of a (lower-cased) entry type, or null when it is not known.</summary>
    public static string? ToCsl(string entryType) => Map.GetValueOrDefault(entryType);

    /// <summary>The thesis genre implied by the entry type, when the entry gives no <c>type</c>.</summary>
    public static string? ThesisGenre(string entryType) => entryType switch
    {
        "mastersthesis" => "Master's Thesis",
        "phdthesis" => "PhD Thesis",
        _ => null,
    };
}
