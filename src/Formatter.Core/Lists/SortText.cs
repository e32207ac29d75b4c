using System.Globalization;

namespace Formatter.Core.Lists;

/// <summary>
/// Collation helpers shared by the sort passes: culture-aware comparison that ignores case, accents and punctuation
/// and reads digits as numbers (ordinal as the last tie-break), comparison segment by segment so that "nothing precedes something"
/// (<c>Loft, V.</c> before <c>Loftus, E. F.</c>), and titles without a leading article.
/// </summary>
internal static class SortText
{
    private static readonly char[] LeadingMarks = ['“', '"', '‘', '\'', '«', '[', '(', '¿', '¡', ' ', '\u200B'];

    private static readonly string[] Articles = ["the ", "a ", "an "];

    /// <summary>Case, accents and punctuation ignored; digits compared as numbers (<c>4</c> before <c>123</c>).</summary>
    private const CompareOptions Options =
        CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols | CompareOptions.NumericOrdering;

    /// <summary>Compares two strings with the collation; equal strings by the collation are ordered ordinally.</summary>
    public static int Compare(string a, string b, CompareInfo collation)
    {
        var result = collation.Compare(a, b, Options);
        return result != 0 ? result : string.CompareOrdinal(a, b);
    }

    /// <summary>
    /// Compares two lists segment by segment with the collation (case, accents and punctuation ignored); a list that
    /// is a prefix of the other comes first. Lists equal by the collation compare equal (callers break ties later).
    /// </summary>
    public static int CompareSegments(IReadOnlyList<string> a, IReadOnlyList<string> b, CompareInfo collation)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var result = collation.Compare(a[i], b[i], Options);
            if (result != 0) return result;
        }
        return a.Count.CompareTo(b.Count);
    }

    /// <summary>
    /// The segments of a rendered name list, split at commas and the <c>&amp;</c>/<c>and</c> before the last name
    /// (<c>Gay, P. D., &amp; Scott, A.</c> → <c>Gay</c>, <c>P. D.</c>, <c>Scott</c>, <c>A.</c>).
    /// </summary>
    public static List<string> Segments(string text)
    {
        var segments = new List<string>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw;
            if (segment.StartsWith("& ", StringComparison.Ordinal)) segment = segment[2..];
            else if (segment.StartsWith("and ", StringComparison.Ordinal)) segment = segment[4..];
            if (segment.Length > 0) segments.Add(segment);
        }
        return segments;
    }

    /// <summary>A title without a leading article (<c>The</c>, <c>A</c>, <c>An</c>) or opening quotation mark or bracket.</summary>
    public static string WithoutArticle(string title)
    {
        var trimmed = title.TrimStart(LeadingMarks);
        foreach (var article in Articles)
        {
            if (trimmed.Length > article.Length && trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase))
                return trimmed[article.Length..];
        }
        return trimmed;
    }
}
