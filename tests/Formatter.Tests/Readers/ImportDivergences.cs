namespace Formatter.Tests.Readers;

/// <summary>
/// The documented divergences from the reference importer, per case, record and variable, each naming its rule in
/// KNOWN-DIVERGENCES.md (section "Import (BibTeX, RIS)"). The rules are the readers' general behaviour; this table
/// only records where the public cases show them.
/// </summary>
internal static class ImportDivergences
{
    private static readonly Dictionary<string, string> Rules = new(StringComparer.Ordinal)
    {
        ["bibtex/003[1] author"] = "Name suffix",
        ["bibtex/004[1] title"] = "Bare tilde accent",
        ["bibtex/005[1] title"] = "Small-caps markup",
        ["bibtex/007[1] title"] = "Doubled backslash",
        ["bibtex/013[1] author"] = "Doubled backslash",
        ["bibtex/013[1] publisher"] = "Doubled backslash",
        ["bibtex/013[1] title"] = "No Unicode-map rewriting of plain letters",
        ["bibtex/015[1] author"] = "Space after a control word",
        ["ris/003[2] dimensions"] = "RIS notes are notes",
        ["ris/003[3] producer"] = "RIS notes are notes",
        ["ris/003[4] edition"] = "RIS VL is the volume",
        ["ris/003[4] volume"] = "RIS VL is the volume",
        ["ris/003[4] collection-title"] = "RIS notes are notes",
        ["ris/003[4] collection-number"] = "RIS notes are notes",
        ["ris/003[5] collection-editor"] = "RIS notes are notes",
        ["ris/003[5] edition"] = "RIS VL is the volume",
        ["ris/003[5] volume"] = "RIS VL is the volume",
        ["ris/003[5] collection-number"] = "RIS notes are notes",
        ["ris/003[8] collection-editor"] = "RIS notes are notes",
        ["ris/003[8] editor"] = "RIS A3 of a book is the series editor",
        ["ris/003[8] edition"] = "RIS VL is the volume",
        ["ris/003[8] volume"] = "RIS VL is the volume",
        ["ris/003[8] collection-number"] = "RIS notes are notes",
        ["ris/003[11] ISBN"] = "RIS notes are notes",
        ["ris/003[11] container-title"] = "RIS notes are notes",
        ["ris/003[13] publisher-place"] = "RIS notes are notes",
        ["ris/003[16] type"] = "RIS reference types",
        ["ris/003[21] editor"] = "RIS notes are notes",
        ["ris/003[23] type"] = "RIS reference types",
        ["ris/003[23] publisher"] = "RIS notes are notes",
        ["ris/003[23] publisher-place"] = "RIS notes are notes",
        ["ris/003[26] scale"] = "RIS notes are notes",
        ["ris/003[28] type"] = "RIS reference types",
        ["ris/003[28] author"] = "RIS reference types",
        ["ris/003[29] author"] = "RIS film director",
        ["ris/003[31] authority"] = "RIS patents",
        ["ris/003[31] call-number"] = "RIS patents",
        ["ris/003[36] type"] = "RIS reference types",
        ["ris/003[36] publisher-place"] = "RIS reference types",
        ["ris/003[37] type"] = "RIS reference types",
        ["ris/008[1] type"] = "RIS reference types",
    };

    /// <summary>Every rule heading the table refers to.</summary>
    public static IEnumerable<string> Headings => Rules.Values.Distinct();

    /// <summary>The rule explaining a difference, or null when none is documented.</summary>
    public static string? Rule(string format, string caseName, int record, string variable) =>
        Rules.GetValueOrDefault($"{format}/{caseName}[{record}] {variable}") ?? Rules.GetValueOrDefault($"{format}/{caseName}[{record}] *");
}
