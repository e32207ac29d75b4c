using System.Globalization;
using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Core.Readers.Seed;

/// <summary>
/// Parses the dates of catalogue pages: <c>2020-11-01</c>, <c>2020-11</c>, <c>2020</c>, <c>2020.</c>,
/// <c>c2020</c>, <c>[2020]</c>, <c>[ca. 1977]</c> (circa), <c>1907-1908</c> (range), <c>2019-</c> (open), and
/// uncertain dates such as <c>[192-?]</c> kept as literals.
/// </summary>
internal static partial class SeedDateParser
{
    /// <summary>The pattern of a date at the end of a <c>Published</c> value.</summary>
    public const string Pattern =
        @"\[?(?:ca\.|circa)\s*[0-9]{3,4}\??\]?|\[[0-9]{1,3}-+\??\]|\[[0-9]{4}\??\]|[cp©]\s?[0-9]{4}|[0-9]{4}\s*[-–]\s*[0-9]{4}|[0-9]{4}-[0-9]{1,2}(?:-[0-9]{1,2})?|[0-9]{4}-?";

    public static DateValue? Parse(string text)
    {
        var value = text.Trim().TrimEnd('.').Trim();
        if (value.Length == 0) return null;
        var circa = Circa().Match(value);
        if (circa.Success) return new DateValue { Start = new DatePart(Year(circa.Groups["y"].Value)), Circa = true };
        var bracketed = Bracketed().Match(value);
        if (bracketed.Success) return new DateValue { Start = new DatePart(Year(bracketed.Groups["y"].Value)), Circa = bracketed.Groups["q"].Success };
        var copyright = Copyright().Match(value);
        if (copyright.Success) return new DateValue { Start = new DatePart(Year(copyright.Groups["y"].Value)) };
        var open = OpenRange().Match(value);
        if (open.Success) return new DateValue { Start = new DatePart(Year(open.Groups["y"].Value)) };
        if (IsoDateText.Parse(value) is { } iso) return iso;
        return Uncertain().IsMatch(value) ? new DateValue { Literal = value } : null;
    }

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\[?(?:ca\.|circa)\s*(?<y>[0-9]{3,4})\??\]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Circa();

    [GeneratedRegex(@"^\[(?<y>[0-9]{4})(?<q>\?)?\]$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^[cp©]\s?(?<y>[0-9]{4})$")]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-$")]
    private static partial Regex OpenRange();

    [GeneratedRegex(@"^\[?[0-9]{1,4}[-?u]*\??\]?$")]
    private static partial Regex Uncertain();
}
