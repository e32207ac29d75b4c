namespace Formatter.Core.Text.Pages;

/// <summary>Splits one item of a page or issue value at its range dash and judges whether both ends are alike.</summary>
internal static class RangeParts
{
    /// <summary>
    /// Splits <paramref name="item"/> at a hyphen, double hyphen, figure/en/em dash or minus sign (spaces around
    /// allowed) into two non-empty ends; false when there is no dash or more than one.
    /// </summary>
    public static bool TrySplit(string item, out string first, out string second)
    {
        first = second = "";
        var span = item.AsSpan().Trim();
        var dash = -1;
        for (var i = 1; i < span.Length; i++)
        {
            if (!IsDash(span[i])) continue;
            dash = i;
            break;
        }
        if (dash < 0) return false;
        var dashEnd = dash;
        while (dashEnd < span.Length && IsDash(span[dashEnd])) dashEnd++;
        var left = span[..dash].Trim();
        var right = span[dashEnd..].Trim();
        if (left.IsEmpty || right.IsEmpty) return false;
        foreach (var c in right) if (IsDash(c)) return false;
        first = left.ToString();
        second = right.ToString();
        return true;
    }

    /// <summary>Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>True when the value is made of ASCII digits only.</summary>
    public static bool IsDigits(string value)
    {
        if (value.Length == 0) return false;
        foreach (var c in value) if (c is < '0' or > '9') return false;
        return true;
    }

    /// <summary>
    /// True when both ends have the same form: both digits, both roman numerals of one case, the same letter prefix
    /// before digits (<c>S1</c>, <c>S5</c>), or digits with a letter suffix (<c>12a</c>, <c>14b</c>).
    /// </summary>
    public static bool AreAlike(string first, string second)
    {
        if (IsDigits(first) && IsDigits(second)) return true;
        if (IsRoman(first, upper: false) && IsRoman(second, upper: false)) return true;
        if (IsRoman(first, upper: true) && IsRoman(second, upper: true)) return true;
        if (TrySplitPrefix(first, out var prefix1, out var rest1) && TrySplitPrefix(second, out var prefix2, out var rest2))
            return prefix1 == prefix2 && IsDigits(rest1) && IsDigits(rest2);
        return IsDigitsWithSuffix(first) && IsDigitsWithSuffix(second);
    }

    /// <summary>True when the value is written with roman-numeral letters only, in one case.</summary>
    public static bool IsRoman(string value, bool upper)
    {
        if (value.Length == 0) return false;
        foreach (var c in value)
        {
            var folded = upper ? c : char.ToUpperInvariant(c);
            if (upper ? !char.IsUpper(c) : !char.IsLower(c)) return false;
            if (folded is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M')) return false;
        }
        return true;
    }

    private static bool TrySplitPrefix(string value, out string prefix, out string rest)
    {
        var i = 0;
        while (i < value.Length && char.IsLetter(value[i])) i++;
        prefix = value[..i];
        rest = value[i..];
        return i > 0 && rest.Length > 0;
    }

    private static bool IsDigitsWithSuffix(string value)
    {
        var i = 0;
        while (i < value.Length && char.IsAsciiDigit(value[i])) i++;
        if (i == 0 || i == value.Length) return false;
        for (var j = i; j < value.Length; j++) if (!char.IsLetter(value[j])) return false;
        return true;
    }
}
