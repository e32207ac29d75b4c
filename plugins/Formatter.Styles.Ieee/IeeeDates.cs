using System.Globalization;

namespace Formatter.Styles.Ieee;

/// <summary>
/// IEEE Reference Guide dates: months abbreviated to three letters with a period (<c>Jan.</c>, <c>Jun.</c>, <c>Sep.</c>;
/// <c>May</c> stays whole), day with two digits after the month (<c>Aug. 09, 2016</c>).
/// </summary>
public static class IeeeDates
{
    private static readonly string[] Months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."];

    /// <summary>The abbreviated month (1–12), or an empty string.</summary>
    public static string Month(int? month) => month is >= 1 and <= 12 ? Months[month.Value - 1] : "";

    /// <summary>
    /// A date in the given precision: <c>year</c> (<c>2019</c>), <c>month</c> (<c>Jun. 2021</c>) or <c>day</c>
    /// (<c>Oct. 19, 2011</c>); parts that are missing are left out (<c>Oct. 2011</c>, <c>2011</c>).
    /// </summary>
    public static string Date(int? year, int? month, int? day, string precision = "day")
    {
        if (year is null) return "";
        var yearText = year.Value.ToString(CultureInfo.InvariantCulture);
        var monthText = precision == "year" ? "" : Month(month);
        if (monthText.Length == 0) return yearText;
        if (precision != "day" || day is not (>= 1 and <= 31)) return monthText + " " + yearText;
        return monthText + " " + day.Value.ToString("00", CultureInfo.InvariantCulture) + ", " + yearText;
    }
}
