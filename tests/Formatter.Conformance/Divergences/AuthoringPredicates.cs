using Formatter.Records;

namespace Formatter.Conformance.Divergences;

/// <summary>Record tests shared by divergence rules of several styles (by type and fields only).</summary>
public static partial class AuthoringPredicates
{
    private static readonly string[] TextFields = ["title", "container-title", "collection-title", "number", "publisher"];

    /// <summary>The DOI field holds something that is not a bare DOI: a resolver URL, or text that is no DOI at all.</summary>
    public static bool HasNonBareDoi(Record record) =>
        record.Field("DOI") is { Length: > 0 } doi && !doi.TrimStart().StartsWith("10.", StringComparison.Ordinal);

    /// <summary>A text field has a space before a comma or semicolon, a spaced period, or a doubled period.</summary>
    public static bool HasUntidyPunctuation(Record record) =>
        TextFields.Any(f => record.Field(f) is { } text
            && (text.Contains(" ,", StringComparison.Ordinal) || text.Contains(" ;", StringComparison.Ordinal)
                || text.Contains(" . ", StringComparison.Ordinal) || text.Contains("..", StringComparison.Ordinal)));

    /// <summary>A person's given name ends with a period after a word of four letters or more (<c>Pierre.</c>): a whole name, not an abbreviation.</summary>
    public static bool HasGivenNameWithFinalPeriod(Record record) =>
        record.Names.Values.Any(names => names.Any(name => name.Given is { } given && WholeNameWithPeriod().IsMatch(given)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}{4,}\.\s*$")]
    private static partial System.Text.RegularExpressions.Regex WholeNameWithPeriod();

    /// <summary>A literal name stored with spaces or invisible characters (a zero-width space) at an end.</summary>
    public static bool HasLiteralNameWithInvisibleEnds(Record record) =>
        record.Names.Values.Any(names => names.Any(name => name.Literal is { Length: > 0 } literal && (IsInvisible(literal[0]) || IsInvisible(literal[^1]))));

    private static bool IsInvisible(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
