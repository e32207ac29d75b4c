using System.Text.RegularExpressions;

namespace Formatter.Core.Readers.Seed;

/// <summary>
/// The row labels a VuFind "Full description" page can show (core table, Description tab, collection pages and the
/// TueFind/IxTheo variant), with what each means. A label is its text at the start of a line followed by a colon.
/// </summary>
internal static class SeedLabels
{
    /// <summary>The caption of the core table.</summary>
    public const string DetailsHeader = "Bibliographic Details";

    /// <summary>The caption of the Description tab.</summary>
    public const string DescriptionHeader = "Description";

    /// <summary>The link shown under a summary cut at 300 characters.</summary>
    public const string FullDescriptionLink = "Full description";

    private static readonly Dictionary<string, SeedFieldKind> Kinds = new(StringComparer.Ordinal)
    {
        ["Main Author"] = SeedFieldKind.MainAuthor,
        ["Main Authors"] = SeedFieldKind.MainAuthors,
        ["Authors"] = SeedFieldKind.MainAuthors,
        ["Corporate Author"] = SeedFieldKind.CorporateAuthor,
        ["Corporate Authors"] = SeedFieldKind.CorporateAuthors,
        ["Other Authors"] = SeedFieldKind.OtherAuthors,
        ["Published in"] = SeedFieldKind.ContainerTitle,
        ["In"] = SeedFieldKind.ContainerTitle,
        ["Format"] = SeedFieldKind.Format,
        ["Language"] = SeedFieldKind.Language,
        ["Published"] = SeedFieldKind.Published,
        ["Edition"] = SeedFieldKind.Edition,
        ["Series"] = SeedFieldKind.Series,
        ["Subjects"] = SeedFieldKind.Subjects,
        ["Online Access"] = SeedFieldKind.OnlineAccess,
        ["Summary"] = SeedFieldKind.Summary,
        ["Abstract"] = SeedFieldKind.Abstract,
        ["Physical Description"] = SeedFieldKind.PhysicalDescription,
        ["ISBN"] = SeedFieldKind.Isbn,
        ["ISSN"] = SeedFieldKind.Issn,
        ["DOI"] = SeedFieldKind.Doi,
        ["Year"] = SeedFieldKind.IxTheoDetails,
        ["New Title"] = SeedFieldKind.Ignored,
        ["Previous Title"] = SeedFieldKind.Ignored,
        ["Citations"] = SeedFieldKind.Ignored,
        ["child_records"] = SeedFieldKind.Ignored,
        ["Related Items"] = SeedFieldKind.Ignored,
        ["Tags"] = SeedFieldKind.Ignored,
        ["Saved in"] = SeedFieldKind.Ignored,
        ["Item Description"] = SeedFieldKind.Ignored,
        ["Publication Frequency"] = SeedFieldKind.Ignored,
        ["Playing Time"] = SeedFieldKind.Ignored,
        ["Audience"] = SeedFieldKind.Ignored,
        ["Awards"] = SeedFieldKind.Ignored,
        ["Production Credits"] = SeedFieldKind.Ignored,
        ["Bibliography"] = SeedFieldKind.Ignored,
        ["Access"] = SeedFieldKind.Ignored,
        ["Finding Aid"] = SeedFieldKind.Ignored,
        ["Publication_Place"] = SeedFieldKind.Ignored,
        ["Author Notes"] = SeedFieldKind.Ignored,
        ["Notes"] = SeedFieldKind.Ignored,
        ["Check availability"] = SeedFieldKind.Ignored,
        ["Journals Online & Print"] = SeedFieldKind.Ignored,
        ["Fernleihe"] = SeedFieldKind.Ignored,
        ["Standardized Subjects / Keyword chains"] = SeedFieldKind.Ignored,
        ["IxTheo Classification"] = SeedFieldKind.Ignored,
        ["Further subjects"] = SeedFieldKind.Ignored,
        ["RelBib Classification"] = SeedFieldKind.Ignored,
    };

    /// <summary>Splits a line that starts with a known label into the label and its value.</summary>
    /// <remarks>
    /// A label line is: optional spaces or tabs, a known label, optional spaces or tabs, a colon, the value. No label
    /// contains a colon, so the label is the text before the first colon; it is looked up without allocating.
    /// </remarks>
    public static bool TryMatch(string line, out string label, out SeedFieldKind kind, out string value, out int valueColumn)
    {
        label = value = "";
        kind = SeedFieldKind.Ignored;
        valueColumn = 0;
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t') start++;
        var colon = line.IndexOf(':', start);
        if (colon < 0) return false;
        var end = colon;
        while (end > start && line[end - 1] is ' ' or '\t') end--;
        if (!LabelLookup.TryGetValue(line.AsSpan(start, end - start), out var known, out kind)) return false;
        label = known;
        value = line[(colon + 1)..].Trim();
        valueColumn = colon + 2;
        return true;
    }

    private static readonly Dictionary<string, SeedFieldKind>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for labels whose value is bibliographic data (not page furniture).</summary>
    public static bool IsData(SeedFieldKind kind) => kind != SeedFieldKind.Ignored;

    /// <summary>True when two labels are the same row (singular and plural forms).</summary>
    public static SeedFieldKind Group(SeedFieldKind kind) => kind switch
    {
        SeedFieldKind.MainAuthors => SeedFieldKind.MainAuthor,
        SeedFieldKind.CorporateAuthors => SeedFieldKind.CorporateAuthor,
        _ => kind,
    };
}
