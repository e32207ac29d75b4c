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
        ["ris/003[3] producer"] = "RIS note labels read as names",
        ["ris/003[5] collection-editor"] = "RIS note labels read as names",
        ["ris/003[8] collection-editor"] = "RIS note labels read as names",
        ["ris/003[21] editor"] = "RIS note labels read as names",
        ["ris/003[23] type"] = "RIS reference types",
        ["ris/003[28] type"] = "RIS reference types",
        ["ris/003[28] author"] = "RIS reference types",
        ["ris/003[28] volume"] = "RIS edition in VL",
        ["ris/003[29] author"] = "RIS film director",
        ["ris/003[36] type"] = "RIS reference types",
        ["ris/003[36] publisher-place"] = "RIS reference types",
        ["ris/003[37] type"] = "RIS reference types",
        ["ris/003[37] editor"] = "RIS A2 of an unpublished work",
    };

    /// <summary>Every (case, record, variable) the table documents, as "format/case[record] variable".</summary>
    public static IEnumerable<string> Entries => Rules.Keys;

    /// <summary>Every rule heading the table refers to.</summary>
    public static IEnumerable<string> Headings => Rules.Values.Distinct();

    /// <summary>The rule explaining a difference, or null when none is documented.</summary>
    public static string? Rule(string format, string caseName, int record, string variable) =>
        Rules.GetValueOrDefault($"{format}/{caseName}[{record}] {variable}") ?? Rules.GetValueOrDefault($"{format}/{caseName}[{record}] *");
}
