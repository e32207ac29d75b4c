using System.Globalization;
using Formatter.Records;

namespace Formatter.Core.Readers.Ris;

/// <summary>RIS dates: <c>YYYY/MM/DD/other</c> with any part empty (<c>2020//</c>, <c>1990/2/27</c>), or ISO <c>YYYY-MM-DD</c>.</summary>
internal static class RisDates
{
    /// <summary>The date; null for a blank value or a zero year (<c>0000</c>, a placeholder); a literal for other text.</summary>
    public static DateValue? Parse(string value)
    {
        var text = value.Trim();
        if (text.Length == 0) return null;
        if (IsoDateText.Parse(text) is { } iso) return iso.Year == 0 ? null : iso;
        var parts = text.Split('/');
        if (parts.Length is >= 2 and <= 4 && Number(parts[0]) is { } year && parts[0].Length == 4)
        {
            if (year == 0) return null;
            int? month = parts.Length > 1 ? Number(parts[1]) : null;
            int? day = parts.Length > 2 ? Number(parts[2]) : null;
            if (month is < 1 or > 12) month = null;
            if (month is null || day is < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month.Value)) day = null;
            return new DateValue { Start = new DatePart(year, month, day) };
        }
        return text.All(c => c == '0') ? null : new DateValue { Literal = text };
    }

    private static int? Number(string text) =>
        text.Length is > 0 and <= 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
