namespace Formatter.Core.Text.Pages;

/// <summary>
/// Combined issue or number values (<c>1-2</c> → <c>1–2</c>): the dash is normalised, the stored digits are kept
/// (<c>05-06</c> → <c>05–06</c>). Anything else is returned as stored.
/// </summary>
internal static class IssueRange
{
    /// <summary>The value with an en dash (or <paramref name="dash"/>) between alike ends; null or blank gives "".</summary>
    public static string Format(string? issue, string dash = "\u2013")
    {
        if (string.IsNullOrWhiteSpace(issue)) return "";
        var value = issue.Trim();
        return RangeParts.TrySplit(value, out var first, out var second) && RangeParts.AreAlike(first, second)
            ? first + dash + second
            : value;
    }

    /// <summary>True when the value is a combined issue (a range of alike ends), e.g. for Chicago <c>nos.</c> against <c>no.</c>.</summary>
    public static bool IsCombined(string? issue) =>
        !string.IsNullOrWhiteSpace(issue) && RangeParts.TrySplit(issue, out var first, out var second) && RangeParts.AreAlike(first, second);
}
