using System.Globalization;
using System.Text.RegularExpressions;
using Formatter.Records;

namespace Formatter.Core.Readers.BibTex;

/// <summary>Dates of BibTeX (<c>year</c>, <c>month</c>, <c>day</c>) and BibLaTeX (<c>date</c>, <c>urldate</c>… in ISO 8601).</summary>
internal static partial class BibTexDates
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>An ISO 8601 date or range (<c>2020-05-17</c>, <c>2019/2020</c>); otherwise a literal date.</summary>
    public static DateValue FromIso(string text) =>
        IsoDateText.Parse(text) ?? new DateValue { Literal = text };

    /// <summary>
    /// The issued date from <c>year</c>, <c>month</c> and <c>day</c> (already decoded); null when there is no year.
    /// <c>unusedMonth</c> is set when a month was given that is not a month; the caller keeps it as a field.
    /// </summary>
    public static DateValue? FromParts(string? year, string? month, string? day, out bool unusedMonth)
    {
        unusedMonth = false;
        int? monthNumber = month is null ? null : MonthNumber(month);
        if (month is not null && monthNumber is null) unusedMonth = true;
        if (string.IsNullOrWhiteSpace(year)) return null;
        var plain = PlainYear().Match(year);
        if (!plain.Success) return IsoDateText.Parse(year) ?? new DateValue { Literal = year.Trim() };
        var y = int.Parse(plain.Groups[1].Value, CultureInfo.InvariantCulture);
        int? d = null;
        if (monthNumber is { } m && day is not null && int.TryParse(day.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var dayNumber)
            && dayNumber >= 1 && dayNumber <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m))
        {
            d = dayNumber;
        }
        return new DateValue { Start = new DatePart(y, monthNumber, d) };
    }

    /// <summary>1–12 for a month number, an English month name or its abbreviation (<c>oct</c>, <c>Oct.</c>, <c>October</c>); else null.</summary>
    public static int? MonthNumber(string text)
    {
        var value = text.Trim().TrimEnd('.').ToLowerInvariant();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number is >= 1 and <= 12 ? number : null;
        if (value.Length < 3) return null;
        var index = Array.IndexOf(MonthNames, value[..3]);
        if (index < 0) return null;
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).ToLowerInvariant();
        return full.StartsWith(value, StringComparison.Ordinal) || value == "sept" ? index + 1 : null;
    }

    [GeneratedRegex(@"^\s*(-?[0-9]{1,4})\s*$")]
    private static partial Regex PlainYear();
}
