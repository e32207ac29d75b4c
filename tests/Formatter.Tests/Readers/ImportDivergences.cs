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
    };

    /// <summary>The rule explaining a difference, or null when none is documented.</summary>
    public static string? Rule(string format, string caseName, int record, string variable) =>
        Rules.GetValueOrDefault($"{format}/{caseName}[{record}] {variable}") ?? Rules.GetValueOrDefault($"{format}/{caseName}[{record}] *");
}
