using System.Globalization;
using Formatter.Core.Locales;
using Formatter.Records;

namespace Formatter.Core.Text.Dates;

/// <summary>
/// Small composable renderers for <see cref="DateValue"/>. Every function returns an empty string for a null or empty date
/// and the stored text for a literal date; missing month or day parts are left out; ranges use the en dash (U+2013);
/// a circa date is prefixed with the locale's short <c>circa</c> term (<c>ca. 2019</c>); negative years print with the
/// <c>bc</c> term (<c>44 BC</c>). A season (1–4) stands in for a missing month.
/// </summary>
internal static class DateFormatter
{
    /// <summary>The en dash used in every range.</summary>
    public const string RangeDash = "\u2013";

    /// <summary>The year: <c>2019</c>, <c>1907–1908</c>, <c>ca. 1977</c>, <c>44 BC</c>.</summary>
    public static string Year(DateValue? date, Locale locale)
    {
        if (Literal(date) is { } literal) return literal;
        if (!TryParts(date, out var start, out var end)) return "";
        var text = end is { } e && e.Year != start.Year
            ? YearText(start.Year, locale) + RangeDash + YearText(e.Year, locale)
            : YearText(start.Year, locale);
        return WithCirca(date!, text, locale);
    }

    /// <summary>APA order, year first: <c>2019, April 12</c>, <c>2022, June 9–11</c>, <c>2019, Spring</c>, <c>2019</c>.</summary>
    public static string YearMonthDay(DateValue? date, Locale locale)
    {
        if (Literal(date) is { } literal) return literal;
        if (!TryParts(date, out var start, out var end)) return "";
        string text;
        if (end is not { } e) text = Join(YearText(start.Year, locale), ", ", MonthDayText(start, date!, locale));
        else if (e.Year != start.Year)
        {
            text = start.Month is null || e.Month is null
                ? YearText(start.Year, locale) + RangeDash + YearText(e.Year, locale)
                : Join(YearText(start.Year, locale), ", ", MonthDayText(start, date!, locale)) + RangeDash
                  + Join(YearText(e.Year, locale), ", ", MonthDayText(e, date!, locale));
        }
        else text = Join(YearText(start.Year, locale), ", ", MonthDayRange(start, e, date!, locale));
        return WithCirca(date!, text, locale);
    }

    /// <summary>Month and day without the year (English order): <c>April 12</c>, <c>June 9–11</c>, <c>June 30–July 2</c>, <c>April</c>.</summary>
    public static string MonthDay(DateValue? date, Locale locale)
    {
        if (Literal(date) is { } literal) return literal;
        if (!TryParts(date, out var start, out var end)) return "";
        return end is { } e ? MonthDayRange(start, e, date!, locale) : MonthDayText(start, date!, locale);
    }

    /// <summary>Long English order: <c>April 12, 2019</c>, <c>June 9–11, 2022</c>, <c>December 30, 2021–January 2, 2022</c>, <c>April 2019</c>.</summary>
    public static string Long(DateValue? date, Locale locale)
    {
        if (Literal(date) is { } literal) return literal;
        if (!TryParts(date, out var start, out var end)) return "";
        string text;
        if (end is not { } e) text = LongSingle(start, date!, locale);
        else if (e.Year != start.Year)
        {
            text = start.Month is null || e.Month is null
                ? YearText(start.Year, locale) + RangeDash + YearText(e.Year, locale)
                : LongSingle(start, date!, locale) + RangeDash + LongSingle(e, date!, locale);
        }
        else
        {
            var monthDay = MonthDayRange(start, e, date!, locale);
            var year = YearText(start.Year, locale);
            text = monthDay.Length == 0 ? year : Valid(start).Day is null ? monthDay + " " + year : monthDay + ", " + year;
        }
        return WithCirca(date!, text, locale);
    }

    /// <summary>Day before month, month in the genitive when a day is present: <c>12 апреля</c>, <c>12–13 апреля</c>, <c>30 апреля–2 мая</c>, <c>12 April</c>, <c>апрель</c>.</summary>
    public static string DayMonth(DateValue? date, Locale locale)
    {
        if (Literal(date) is { } literal) return literal;
        if (!TryParts(date, out var start, out var end)) return "";
        return end is { } e ? DayMonthRange(start, e, date!, locale) : DayMonthText(start, date!, locale);
    }

    /// <summary>Day, month and year: <c>12 апреля 2019</c>, <c>12–13 апреля 2022</c>, <c>30 декабря 2021–2 января 2022</c>, <c>2019</c>.</summary>
    public static string DayMonthYear(DateValue? date, Locale locale)
    {
        if (Literal(date) is { } literal) return literal;
        if (!TryParts(date, out var start, out var end)) return "";
        string text;
        if (end is not { } e) text = Join(DayMonthText(start, date!, locale), " ", YearText(start.Year, locale));
        else if (e.Year != start.Year)
        {
            text = start.Month is null || e.Month is null
                ? YearText(start.Year, locale) + RangeDash + YearText(e.Year, locale)
                : Join(DayMonthText(start, date!, locale), " ", YearText(start.Year, locale)) + RangeDash
                  + Join(DayMonthText(e, date!, locale), " ", YearText(e.Year, locale));
        }
        else text = Join(DayMonthRange(start, e, date!, locale), " ", YearText(start.Year, locale));
        return WithCirca(date!, text, locale);
    }

    /// <summary>Zero-padded numeric form (GOST access dates): <c>01.03.2024</c>, <c>03.2024</c>, <c>2024</c>, ranges with an en dash.</summary>
    public static string Numeric(DateValue? date)
    {
        if (Literal(date) is { } literal) return literal;
        if (!TryParts(date, out var start, out var end)) return "";
        return end is { } e ? Numeric(start) + RangeDash + Numeric(e) : Numeric(start);
    }

    /// <summary>One zero-padded numeric date: <c>01.03.2024</c>; month and day only when present.</summary>
    public static string Numeric(DatePart part)
    {
        var valid = Valid(part);
        var year = valid.Year.ToString(CultureInfo.InvariantCulture);
        if (valid.Month is not { } month) return year;
        var monthYear = month.ToString("00", CultureInfo.InvariantCulture) + "." + year;
        return valid.Day is { } day ? day.ToString("00", CultureInfo.InvariantCulture) + "." + monthYear : monthYear;
    }

    /// <summary>A year in the locale: <c>2019</c>, or for negative years the absolute value and the <c>bc</c> term (<c>44 BC</c>).</summary>
    public static string YearText(int year, Locale locale)
    {
        if (year >= 0) return year.ToString(CultureInfo.InvariantCulture);
        var era = locale.Term("bc", TermForm.Long);
        var number = (-year).ToString(CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(era) ? number : number + " " + era;
    }

    private static string? Literal(DateValue? date) =>
        date is { Start: null, Literal: { Length: > 0 } literal } ? literal : null;

    private static bool TryParts(DateValue? date, out DatePart start, out DatePart? end)
    {
        end = null;
        if (date?.Start is not { } s)
        {
            start = default;
            return false;
        }
        start = Valid(s);
        if (date.End is { } e && Valid(e) is var validEnd && validEnd != start) end = validEnd;
        return true;
    }

    /// <summary>Drops a month outside 1–12, and a day outside 1–31 or without a month.</summary>
    private static DatePart Valid(DatePart part)
    {
        var month = part.Month is >= 1 and <= 12 ? part.Month : null;
        var day = month is not null && part.Day is >= 1 and <= 31 ? part.Day : null;
        return month == part.Month && day == part.Day ? part : new DatePart(part.Year, month, day);
    }

    private static string WithCirca(DateValue date, string text, Locale locale)
    {
        if (!date.Circa || text.Length == 0) return text;
        var circa = locale.Term("circa", TermForm.Short);
        return string.IsNullOrEmpty(circa) ? text : circa + " " + text;
    }

    private static string MonthOrSeason(DatePart part, DateValue date, Locale locale, MonthForm form) =>
        part.Month is { } month ? locale.Month(month, form)
        : date.Season is { } season ? locale.Season(season)
        : "";

    private static string MonthDayText(DatePart part, DateValue date, Locale locale)
    {
        var month = MonthOrSeason(part, date, locale, MonthForm.Long);
        return part.Day is { } day ? month + " " + Number(day) : month;
    }

    private static string MonthDayRange(DatePart start, DatePart end, DateValue date, Locale locale)
    {
        if (start.Month is null || end.Month is null) return MonthDayText(start, date, locale);
        if (start.Month == end.Month)
        {
            var month = locale.Month(start.Month.Value);
            return start.Day is { } d1 && end.Day is { } d2 ? month + " " + Number(d1) + RangeDash + Number(d2) : month;
        }
        return MonthDayText(start, date, locale) + RangeDash + MonthDayText(end, date, locale);
    }

    private static string LongSingle(DatePart part, DateValue date, Locale locale)
    {
        var year = YearText(part.Year, locale);
        var month = MonthOrSeason(part, date, locale, MonthForm.Long);
        if (month.Length == 0) return year;
        return part.Day is { } day ? month + " " + Number(day) + ", " + year : month + " " + year;
    }

    private static string DayMonthText(DatePart part, DateValue date, Locale locale)
    {
        if (part.Day is { } day) return Number(day) + " " + locale.Month(part.Month!.Value, MonthForm.Genitive);
        return MonthOrSeason(part, date, locale, MonthForm.Long);
    }

    private static string DayMonthRange(DatePart start, DatePart end, DateValue date, Locale locale)
    {
        if (start.Month is null || end.Month is null) return DayMonthText(start, date, locale);
        if (start.Month == end.Month)
        {
            return start.Day is { } d1 && end.Day is { } d2
                ? Number(d1) + RangeDash + Number(d2) + " " + locale.Month(start.Month.Value, MonthForm.Genitive)
                : locale.Month(start.Month.Value);
        }
        return DayMonthText(start, date, locale) + RangeDash + DayMonthText(end, date, locale);
    }

    private static string Join(string first, string separator, string second) =>
        second.Length == 0 ? first : first.Length == 0 ? second : first + separator + second;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
