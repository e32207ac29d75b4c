using System.Globalization;

namespace Formatter.Core.Text.Numbers;

/// <summary>Ordinal numbers.</summary>
internal static class Ordinals
{
    /// <summary>English ordinal with suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th.</summary>
    public static string English(int number)
    {
        var magnitude = Math.Abs((long)number);
        var suffix = (magnitude % 100) is 11 or 12 or 13 ? "th" : (magnitude % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
