namespace Formatter.Core.Readers.Ris;

/// <summary>
/// What each RIS tag means, by reference type: the per-type field labels of the RIS specification (2011 edition,
/// as written by EndNote) translated to CSL variables. A row gives a tag's meaning for the listed types; the row
/// without types is the tag's meaning elsewhere. An empty target means the tag holds something CSL has no variable
/// for (an e-mail address, a classification, a contact): the value is kept on the record under the tag name.
/// A target that is a CSL name variable makes the tag a name list. The older Reference Manager / ProCite layout
/// differs for a few tags; <see cref="RisLayout"/> recognises it per record. Where one datum has two tags in the
/// specification (a thesis's degree in <c>VL</c> and type in <c>M3</c>; a map's description in <c>SP</c> and size in
/// <c>C3</c>), the more specific one gives the variable and the other is kept. A few rows keep a reading the
/// specification does not give but importers share: <c>M1</c> of artwork is its medium and <c>M2</c> of a newspaper
/// article its section (older layout); the <c>SN</c> of music is an ISBN (the specification says ISSN); <c>T2</c> of
/// a web page is the website (the specification says series title).
/// </summary>
internal static class RisTagMap
{
    private const string Books = "BOOK EBOOK EDBOOK CLSWK ANCIENT";
    private const string Journals = "JOUR ABST INPR JFULL";
    private const string Recordings = "ADVS SLIDE SOUND VIDEO";
    private const string Images = "CHART EQUA FIGURE";

    /// <summary>Types whose <c>IS</c> is not an issue: the older layout puts a monograph's volume there.</summary>
    public const string VolumeInIs = Books + " ADVS ART MAP MPCT MULTI MUSIC SOUND VIDEO";

    private static readonly (string Tag, string Target, string Types)[] Rows =
    [
        ("AU", "author", ""),
        ("AU", "director", "MPCT VIDEO"),
        ("AU", "composer", "MUSIC SOUND"),
        ("AU", "editor", "EDBOOK"),

        ("A2", "editor", ""),
        ("A2", "collection-editor", "BOOK CLSWK COMP EDBOOK ELEC MAP MULTI RPRT UNPB"),
        ("A2", "performer", "ADVS SLIDE VIDEO"),
        ("A2", "author", "SOUND BILL UNBILL"),
        ("A2", "recipient", "ICOMM PCOMM"),
        ("A2", "producer", "DATA"),
        ("A2", "authority", "LEGAL PAT"),
        ("A2", "", "CASE CTLG PAMP GOVDOC MPCT " + Images),

        ("A3", "collection-editor", ""),
        ("A3", "editor", "BOOK"),
        ("A3", "illustrator", "BLOG"),
        ("A3", "contributor", "THES"),
        ("A3", "producer", "MPCT"),
        ("A3", "", "CASE PAT RPRT"),

        ("A4", "translator", ""),
        ("A4", "contributor", "GEN"),
        ("A4", "performer", "MPCT"),
        ("A4", "producer", "MUSIC"),
        ("A4", "editor", "SER"),
        ("A4", "", "CASE CONF DATA RPRT"),

        ("ED", "editor", ""),
        ("TI", "title", ""),
        ("CT", "title", ""),
        ("ST", "title-short", ""),

        ("T2", "container-title", ""),
        ("T2", "collection-title", "BOOK EBOOK EDBOOK CLSWK COMP CTLG MAP MPCT MULTI RPRT UNPB"),
        ("T2", "archive_collection", "MANSCPT"),
        ("T2", "", "THES LEGAL STAND " + Images),

        ("T3", "collection-title", ""),
        ("T3", "authority", "BILL HEAR UNBILL"),
        ("T3", "volume-title", "ANCIENT"),
        ("T3", "number", "STAND"),
        ("T3", "", "BLOG CASE EJOUR LEGAL PAT STAT UNPB"),

        ("VL", "volume", ""),
        ("VL", "edition", "MAP COMP"),
        ("VL", "number", "BILL UNBILL HEAR LEGAL STAND PAMP"),
        ("VL", "dimensions", Images),
        ("VL", "version", "PAT"),
        ("VL", "archive_location", "MANSCPT"),
        ("VL", "", "BLOG ELEC GRANT THES"),

        ("IS", "issue", ""),
        ("IS", "volume", VolumeInIs),
        ("IS", "number-of-volumes", "CHAP"),
        ("IS", "number", "PAT"),
        ("IS", "version", "COMP DATA"),
        ("CP", "issue", ""),

        ("ET", "edition", ""),
        ("ET", "version", "COMP DATA " + Images),
        ("ET", "", Journals + " BILL HEAR STAT UNBILL AGGR DBASE ICOMM PCOMM CASE GRANT MANSCPT PAT"),

        ("PB", "publisher", ""),
        ("PB", "authority", "CASE"),
        ("PB", "archive", "MANSCPT"),
        ("PB", "", "PAT"),

        ("CY", "publisher-place", ""),
        ("CY", "container-title", "BILL CASE UNBILL"),
        ("CY", "jurisdiction", "STAT"),
        ("CY", "event-place", "GRANT"),

        ("SP", "page", ""),
        ("SP", "number-of-pages", "BOOK EBOOK EDBOOK CLSWK SER THES"),
        ("SP", "dimensions", "MPCT"),
        ("SP", "", "ART BLOG COMP ELEC MAP " + Images),
        ("SP", "section", "BILL UNBILL"),

        ("SE", "section", ""),
        ("SE", "page", "BOOK"),
        ("SE", "chapter-number", "CHAP SER"),
        ("SE", "number-of-pages", "CTLG"),
        ("SE", "version", "DICT"),
        ("SE", "number", "BLOG"),
        ("SE", "", "AGGR CASE DATA EJOUR GRANT MANSCPT MGZN PAT"),

        ("SV", "collection-number", ""),

        ("NV", "number-of-volumes", ""),
        ("NV", "container-title-short", "CASE"),
        ("NV", "number", "CTLG DATA EJOUR ICOMM PCOMM MANSCPT STAT"),
        ("NV", "version", "EBOOK"),
        ("NV", "collection-number", "RPRT"),
        ("NV", "", "GRANT LEGAL MGZN NEWS PAT STAND " + Recordings),

        ("OP", "original-title", ""),
        ("OP", "references", "BILL CASE HEAR LEGAL STAT UNBILL"),
        ("OP", "", "BLOG COMP DATA ELEC GRANT PAT RPRT " + Recordings),

        ("RI", "reviewed-title", ""),
        ("RI", "", "DATA STAT"),

        ("M1", "number", ""),
        ("M1", "issue", Journals + " EJOUR CONF GOVDOC MGZN"),
        ("M1", "collection-number", "BOOK CLSWK CTLG EDBOOK PAMP SER"),
        ("M1", "page", "LEGAL NEWS STAND"),
        ("M1", "call-number", "PAT"),
        ("M1", "chapter-number", "ECHAP"),
        ("M1", "medium", "ART"),
        ("M1", "", "CASE COMP ELEC GRANT ICOMM MANSCPT MAP MULTI PCOMM"),

        ("M2", "", ""),
        ("M2", "genre", "MAP"),
        ("M2", "section", "NEWS"),
        ("M2", "number-of-pages", "PAMP"),

        ("M3", "genre", ""),
        ("M3", "medium", "BLOG EBOOK ELEC MPCT"),
        ("M3", "", "CASE GRANT"),

        ("C1", "", ""),
        ("C1", "section", "CHAP ECHAP SER"),
        ("C1", "scale", "MAP"),
        ("C1", "publisher-place", "CONF CPAPER"),
        ("C2", "", ""),
        ("C2", "PMCID", Journals),
        ("C2", "issue", "NEWS"),
        ("C2", "number", "SER"),
        ("C3", "", ""),
        ("C3", "dimensions", Recordings + " ART MAP"),
        ("C3", "container-title", "CONF"),
        ("C3", "genre", "DATA"),
        ("C3", "PMCID", "EJOUR"),
        ("C4", "", ""),
        ("C4", "genre", "MPCT"),
        ("C5", "", ""),
        ("C5", "medium", Recordings + " MULTI"),
        ("C5", "publisher", "STAT"),
        ("C6", "", ""),
        ("C6", "status", "PAT"),
        ("C6", "issue", "RPRT"),
        ("C6", "volume", "STAT"),
        ("C7", "", ""),
        ("C7", "number", Journals + " EJOUR"),
        ("C7", "PMCID", "EBOOK ECHAP"),
        ("C8", "", ""),

        ("SN", "ISSN", ""),
        ("SN", "ISBN", Books + " ADVS BLOG CHAP COMP CONF CPAPER CTLG DICT ECHAP ELEC ENCYC HEAR MAP MPCT MULTI MUSIC PAMP SER SLIDE SOUND THES VIDEO"),
        ("SN", "number", "DBASE GOVDOC LEGAL PAT RPRT STAND"),

        ("AV", "archive_location", ""),
        ("CN", "call-number", ""),
        ("DB", "archive", ""),
        ("DP", "source", ""),
        ("LB", "citation-label", ""),
        ("DO", "DOI", ""),

        ("DA", "issued", ""),
        ("DA", "accessed", "AGGR DBASE EBOOK ECHAP EJOUR MULTI"),
        ("Y2", "accessed", ""),
        ("Y2", "issued", "STAT"),
    ];

    /// <summary>Tags written two ways: the older tag and the one it stands for.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["A1"] = "AU", ["T1"] = "TI",
    };

    private static readonly Dictionary<string, string> Generic = Rows
        .Where(r => r.Types.Length == 0)
        .ToDictionary(r => r.Tag, r => r.Target, StringComparer.Ordinal);

    private static readonly Dictionary<(string Type, string Tag), string> ByType = Rows
        .Where(r => r.Types.Length > 0)
        .SelectMany(r => r.Types.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => (Key: (t, r.Tag), r.Target)))
        .ToDictionary(r => r.Key, r => r.Target);

    /// <summary>
    /// The CSL variable <paramref name="tag"/> holds in a record of <paramref name="risType"/>; null when it holds
    /// nothing CSL has a variable for, or the tag is not in the table.
    /// </summary>
    public static string? Target(string risType, string tag)
    {
        tag = Aliases.GetValueOrDefault(tag, tag);
        var target = ByType.TryGetValue((risType, tag), out var typed) ? typed : Generic.GetValueOrDefault(tag);
        return string.IsNullOrEmpty(target) ? null : target;
    }

    /// <summary>True when <paramref name="variable"/> is a CSL name variable (the tag then holds a name list).</summary>
    public static bool IsNameRole(string variable) => Formatter.Records.CslVariables.NameVariables.Contains(variable);

    /// <summary>True when <paramref name="risType"/> is one of the space-separated <paramref name="types"/>.</summary>
    public static bool IsOneOf(string risType, string types) =>
        types.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(risType, StringComparer.Ordinal);
}
