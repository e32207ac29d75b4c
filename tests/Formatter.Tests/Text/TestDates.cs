using System.Globalization;
using Formatter.Records;

namespace Formatter.Tests.Text;

/// <summary>
/// Builds dates from compact test strings: <c>2019-04-12</c>, ranges <c>2022-06-09/2022-06-11</c>, <c>~</c> prefix for circa,
/// <c>|2</c> suffix for a season (summer), <c>@text</c> for a literal, <c>-44</c> for 44 BCE.
/// </summary>
internal static class TestDates
{
    public static DateValue Parse(string text)
    {
        if (text.StartsWith('@')) return new DateValue { Literal = text[1..] };
        var circa = text.StartsWith('~');
        if (circa) text = text[1..];
        int? season = null;
        var bar = text.IndexOf('|');
        if (bar >= 0)
        {
            season = int.Parse(text[(bar + 1)..], CultureInfo.InvariantCulture);
            text = text[..bar];
        }
        var slash = text.IndexOf('/');
        return new DateValue
        {
            Start = Part(slash < 0 ? text : text[..slash]),
            End = slash < 0 ? null : Part(text[(slash + 1)..]),
            Circa = circa,
            Season = season,
        };
    }

    private static DatePart Part(string text)
    {
        var negative = text.StartsWith('-');
        var parts = (negative ? text[1..] : text).Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        return new DatePart(year, month, day);
    }
}
