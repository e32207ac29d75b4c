namespace Formatter.Core.Readers.Ris;

/// <summary>
/// RIS reference types (<c>TY</c>) and the CSL item types they become: the CSL type whose definition matches, except
/// <c>GEN</c> (generic), read as a journal article as the common importers read it (see KNOWN-DIVERGENCES.md).
/// </summary>
internal static class RisTypes
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ABST"] = "article-journal", ["ADVS"] = "motion_picture", ["AGGR"] = "dataset", ["ANCIENT"] = "classic",
        ["ART"] = "graphic", ["BILL"] = "bill", ["BLOG"] = "post-weblog", ["BOOK"] = "book", ["CASE"] = "legal_case",
        ["CHAP"] = "chapter", ["CHART"] = "graphic", ["CLSWK"] = "classic", ["COMP"] = "software",
        ["CONF"] = "paper-conference", ["CPAPER"] = "paper-conference", ["CTLG"] = "article-magazine", ["DATA"] = "dataset",
        ["DBASE"] = "dataset", ["DICT"] = "entry-dictionary", ["EBOOK"] = "book", ["ECHAP"] = "chapter",
        ["EDBOOK"] = "book", ["EJOUR"] = "article-journal", ["ELEC"] = "webpage", ["ENCYC"] = "entry-encyclopedia",
        ["EQUA"] = "document", ["FIGURE"] = "figure", ["GEN"] = "article-journal", ["GOVDOC"] = "report", ["GRANT"] = "document",
        ["HEAR"] = "hearing", ["ICOMM"] = "personal_communication", ["INPR"] = "manuscript", ["JFULL"] = "periodical",
        ["JOUR"] = "article-journal", ["LEGAL"] = "regulation", ["MANSCPT"] = "manuscript", ["MAP"] = "map",
        ["MGZN"] = "article-magazine", ["MPCT"] = "motion_picture", ["MULTI"] = "motion_picture", ["MUSIC"] = "musical_score",
        ["NEWS"] = "article-newspaper", ["PAMP"] = "pamphlet", ["PAT"] = "patent", ["PCOMM"] = "personal_communication",
        ["RPRT"] = "report", ["SER"] = "book", ["SLIDE"] = "speech", ["SOUND"] = "song", ["STAND"] = "standard",
        ["STAT"] = "legislation", ["THES"] = "thesis", ["UNBILL"] = "bill", ["UNPB"] = "manuscript", ["VIDEO"] = "motion_picture",
        ["WEB"] = "webpage", ["INTV"] = "interview", ["PRESS"] = "article-newspaper",
    };

    /// <summary>The CSL type for a <c>TY</c> value, or null when unknown.</summary>
    public static string? ToCsl(string risType) => Map.GetValueOrDefault(risType.Trim());

}
