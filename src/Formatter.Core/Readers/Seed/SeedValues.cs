using System.Text.RegularExpressions;

namespace Formatter.Core.Readers.Seed;

/// <summary>Small value rules of catalogue pages: URLs, ISBN/ISSN lines, DOIs and pagination.</summary>
internal static partial class SeedValues
{
    /// <summary>True when the whole line is a URL (link texts such as <c>Full text</c> are not).</summary>
    public static bool IsUrl(string line) => Url().IsMatch(line.Trim());

    /// <summary>The identifier of an ISBN line without qualifiers such as <c>(hardcover : alk. paper)</c>.</summary>
    public static string? Isbn(string line) => FirstMatchOrLine(IsbnNumber(), line);

    /// <summary>The identifier of an ISSN line without qualifiers.</summary>
    public static string? Issn(string line) => FirstMatchOrLine(IssnNumber(), line);

    /// <summary>A DOI without resolver prefix (<c>https://doi.org/</c>, <c>doi:</c>).</summary>
    public static string? Doi(string line)
    {
        var value = DoiPrefix().Replace(line.Trim(), "").Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>
    /// The pagination of a physical description without its unit: <c>503 p.</c> → <c>503</c>, <c>xx, 404 S.</c> →
    /// <c>xx, 404</c>, <c>1 online resource (266 pages)</c> → <c>266</c>; null when there is none.
    /// </summary>
    public static string? NumberOfPages(string text)
    {
        var value = text.Trim();
        var inner = Parenthesised().Match(value);
        if (inner.Success) return inner.Groups["n"].Value.Trim();
        var leading = Leading().Match(value);
        if (leading.Success) return leading.Groups["n"].Value.Trim().TrimEnd(',');
        return BareNumber().IsMatch(value) ? value : null;
    }

    private static string? FirstMatchOrLine(Regex pattern, string line)
    {
        var match = pattern.Match(line);
        if (match.Success) return match.Value;
        var value = line.Trim();
        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex(@"^(?:https?|ftp)://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![0-9Xx-])(?:97[89][- ]?)?[0-9][0-9 -]{7,14}[0-9Xx](?![0-9Xx-])")]
    private static partial Regex IsbnNumber();

    [GeneratedRegex(@"\b[0-9]{4}-?[0-9]{3}[0-9Xx]\b")]
    private static partial Regex IssnNumber();

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    private const string Unit = @"(?:pages?|pp?\.|S\.|Seiten|с\.|стр\.|l\.|leaves|Bl\.|ff?\.|pág\.|p(?=\s|$))";
    private const string Count = @"(?<n>(?:\[?[0-9xivlcdm]+\]?,\s*)*\[?[0-9]+\]?)";

    [GeneratedRegex(@"\(\s*" + Count + @"\s*" + Unit + @"\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^" + Count + @"\s*" + Unit, RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex BareNumber();
}
