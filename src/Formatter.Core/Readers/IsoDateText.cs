using System.Globalization;
using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Core.Readers;

/// <summary>Parses ISO-like date text: <c>2020</c>, <c>2020-11</c>, <c>2020-11-01</c> and ranges joined by <c>/</c> or, for years, <c>-</c>.</summary>
internal static partial class IsoDateText
{
    /// <summary>The date, or null when the text is not of that shape or not a valid calendar date.</summary>
    public static DateValue? Parse(string text)
    {
        var trimmed = text.Trim();
        var range = YearRange().Match(trimmed);
        if (range.Success)
        {
            return new DateValue
            {
                Start = new DatePart(int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture)),
                End = new DatePart(int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture)),
            };
        }
        var slash = trimmed.Split('/');
        if (slash.Length == 2)
        {
            var start = ParsePoint(slash[0]);
            var end = ParsePoint(slash[1]);
            return start is null || end is null ? null : new DateValue { Start = start, End = end };
        }
        return ParsePoint(trimmed) is { } point ? new DateValue { Start = point } : null;
    }

    /// <summary>One point: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (a time part after <c>T</c> is ignored).</summary>
    public static DatePart? ParsePoint(string text)
    {
        var match = Point().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12) return null;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month!.Value))) return null;
        return new DatePart(year, month, day);
    }

    [GeneratedRegex(@"^([0-9]{4})\s*[-–]\s*([0-9]{4})$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<y>-?[0-9]{1,4})(?:-(?<m>[0-9]{1,2})(?:-(?<d>[0-9]{1,2}))?)?(?:T[0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$")]
    private static partial Regex Point();
}
