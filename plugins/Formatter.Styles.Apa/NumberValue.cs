using System.Text.RegularExpressions;

namespace Formatter.Styles.Apa;

/// <summary>
/// How APA labels numbers (<c>No. 12</c>, <c>Nos. 3, 5</c>, <c>Vol. 2</c>, <c>Vols. 1–5</c>, <c>pp. 33–58</c>).
/// A value is numeric when each of its parts — separated by a comma and a space, <c>&amp;</c>, <c>and</c> or a range
/// dash (a comma without a space separates thousands: <c>1,120,656</c>) — is a
/// number with at most a short capital prefix and a short suffix (<c>12</c>, <c>C3871</c>, <c>GSE251923</c>,
/// <c>12a</c>) or two numbers joined by a slash (<c>2005/033</c>); roman numerals count as numbers.
/// </summary>
public static partial class NumberValue
{
    /// <summary>True when the value is a number, a list of numbers or a range of numbers.</summary>
    public static bool IsNumeric(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var parts = Separators().Split(value.Trim());
        return parts.All(p => Part().IsMatch(p) || Roman().IsMatch(p));
    }

    /// <summary>True when the value lists several numbers (<c>49473, 49474</c>, <c>3 &amp; 5</c>): the label is plural.</summary>
    public static bool IsList(string? value) =>
        !string.IsNullOrWhiteSpace(value) && ListSeparators().IsMatch(value) && IsNumeric(value);

    /// <summary>
    /// True when the value names several items — a list or a range of numbers (<c>1–5</c>, <c>33-58</c>,
    /// <c>46-52, Abb</c>): the label is plural.
    /// </summary>
    public static bool IsPlural(string? value) => !string.IsNullOrWhiteSpace(value) && NumberThenSeparator().IsMatch(value);

    /// <summary>True when the value already carries its own label (<c>Test Report No. 605601</c>).</summary>
    public static bool HasLabel(string? value) => !string.IsNullOrWhiteSpace(value) && Label().IsMatch(value);

    /// <summary>The first page of a range or list (<c>1701, 3729</c> → <c>1701</c>); a value that is not numeric as stored.</summary>
    public static string FirstPage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var trimmed = value.Trim();
        if (!IsNumeric(trimmed)) return trimmed;
        return Separators().Split(trimmed)[0];
    }

    [GeneratedRegex(@"\s*(?:,\s+|&|\band\b|[-\u2013])\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\d\s*(?:,\s+|&|\band\b|[-\u2013])\s*[\dA-Za-z]")]
    private static partial Regex NumberThenSeparator();

    [GeneratedRegex(@"\s*(?:,\s+|&|\band\b)\s*")]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"^(?:[A-Z]{0,3}\d{1,3}(?:,\d{3})+|[A-Z]{0,3}\d+[a-zA-Z]{0,2}|\d+/\d+)$")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?:[ivxlcdm]+|[IVXLCDM]+)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"(?:^|\s)(?:No|Nos|Nr|no|nr)\.\s*\d")]
    private static partial Regex Label();
}
