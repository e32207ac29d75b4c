using System.Text;

namespace Formatter.Core.Text.Pages;

/// <summary>
/// Page values: ranges with an en dash in full, CMOS or minimal form, lists (<c>1-5, 7-9</c>), and the APA test for
/// article numbers. Values that are not numeric ranges are kept as stored, except that the dash of a range whose two
/// ends are alike (<c>S1-S5</c>, <c>xii-xv</c>) becomes the chosen dash.
/// </summary>
internal static class PageRange
{
    /// <summary>
    /// Formats <paramref name="pages"/>: each comma-separated item that is a range gets <paramref name="dash"/> between its
    /// ends and, when both are numbers, the second number in <paramref name="style"/>. In the Chicago style a value
    /// whose commas are not followed by a space (<c>94-98,93</c>) is taken as stored, as the Chicago CSL styles do.
    /// Null or blank gives "".
    /// </summary>
    public static string Format(string? pages, PageRangeStyle style, string dash = "\u2013")
    {
        if (string.IsNullOrWhiteSpace(pages)) return "";
        if (!pages.Contains(',')) return FormatItem(pages.Trim(), style, dash);
        if (style == PageRangeStyle.Chicago && HasTightComma(pages)) return pages.Trim();
        var builder = new StringBuilder(pages.Length + 4);
        foreach (var item in pages.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0) builder.Append(", ");
            builder.Append(FormatItem(item, style, dash));
        }
        return builder.ToString();
    }

    /// <summary>True when the value names more than one page: a range (<c>215-230</c>, <c>S1–S5</c>) or a list (<c>3, 7</c>).</summary>
    public static bool IsRange(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages)) return false;
        if (pages.Contains(',') || pages.Contains('&')) return true;
        return RangeParts.TrySplit(pages, out _, out _);
    }

    /// <summary>
    /// APA 7 §12: a page value that is not a range and starts with a letter or a zero is an article number or e-locator
    /// (<c>e0231</c>, <c>021102</c>, <c>eabj8030</c>) and renders as <c>Article X</c>. Plain roman numerals
    /// (<c>xii</c>) are page numbers. Use it for journal articles only: a newspaper page such as <c>A3</c> also passes.
    /// </summary>
    public static bool IsArticleNumber(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages)) return false;
        var value = pages.Trim();
        if (IsRange(value) || value.Contains(' ')) return false;
        if (RangeParts.IsRoman(value, upper: false) || RangeParts.IsRoman(value, upper: true)) return false;
        return char.IsLetter(value[0]) || value[0] == '0';
    }

    /// <summary>A comma with no space after it (<c>94-98,93</c>, <c>巻頭1p,1-12</c>): not a list of ranges to rewrite.</summary>
    private static bool HasTightComma(string pages)
    {
        var value = pages.Trim();
        for (var i = 0; i < value.Length - 1; i++)
            if (value[i] == ',' && !char.IsWhiteSpace(value[i + 1])) return true;
        return false;
    }

    private static string FormatItem(string item, PageRangeStyle style, string dash)
    {
        if (!RangeParts.TrySplit(item, out var first, out var second) || !RangeParts.AreAlike(first, second)) return item;
        if (!RangeParts.IsDigits(first) || style == PageRangeStyle.Stored) return first + dash + second;
        var full = Expand(first, second);
        if (full is null) return first + dash + second;
        var written = style switch
        {
            PageRangeStyle.Chicago => Chicago(first, full),
            PageRangeStyle.Minimal => ChangedDigits(first, full, keep: 1),
            PageRangeStyle.MinimalTwo => ChangedDigits(first, full, keep: 2),
            _ => full,
        };
        return first + dash + written;
    }

    /// <summary>The second number in full (<c>215</c>, <c>30</c> → <c>230</c>); null when it is not after the first.</summary>
    private static string? Expand(string first, string second)
    {
        var full = second.Length < first.Length ? first[..(first.Length - second.Length)] + second : second;
        return CompareNumbers(full, first) > 0 ? full : null;
    }

    /// <summary>CMOS 17 9.61, applied to two numbers of which the second is larger.</summary>
    private static string Chicago(string first, string full)
    {
        var firstValue = long.Parse(first.AsSpan().TrimStart('0') is { IsEmpty: false } digits ? digits : "0");
        if (firstValue < 100 || firstValue % 100 == 0 || first.Length != full.Length) return full;
        return firstValue % 100 < 10 ? ChangedDigits(first, full, keep: 1) : ChangedDigits(first, full, keep: 2);
    }

    /// <summary>The last digits of <paramref name="full"/> from the first one that differs, at least <paramref name="keep"/>.</summary>
    private static string ChangedDigits(string first, string full, int keep)
    {
        if (first.Length != full.Length) return full;
        var common = 0;
        while (common < first.Length && first[common] == full[common]) common++;
        var length = Math.Max(full.Length - common, Math.Min(keep, full.Length));
        return full[^length..];
    }

    private static int CompareNumbers(string a, string b)
    {
        var x = a.AsSpan().TrimStart('0');
        var y = b.AsSpan().TrimStart('0');
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : x.SequenceCompareTo(y);
    }
}
