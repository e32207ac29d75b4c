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
        // Equal strings are equal by any collation; the culture-aware comparison costs far more than this check.
        if (string.Equals(a, b, StringComparison.Ordinal)) return 0;
        var result = collation.Compare(a, b, Options);
        return result != 0 ? result : string.CompareOrdinal(a, b);
    }

    /// <summary>
    /// Compares two author keys segment by segment with the collation (case, accents and punctuation ignored); a key
    /// whose segments are a prefix of the other's comes first. Keys equal by the collation compare equal (callers break
    /// ties later). A key is read as one segment when its <c>whole</c> flag is set (see <see cref="NameSegments"/>).
    /// </summary>
    public static int CompareSegments(string a, bool aWhole, string b, bool bWhole, CompareInfo collation)
    {
        var left = new NameSegments(a, aWhole);
        var right = new NameSegments(b, bWhole);
        while (true)
        {
            var hasLeft = left.TryNext(out var segmentA);
            var hasRight = right.TryNext(out var segmentB);
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            if (segmentA.SequenceEqual(segmentB)) continue;
            var result = collation.Compare(segmentA, segmentB, Options);
            if (result != 0) return result;
        }
    }

    /// <summary>
    /// The segments of a rendered name list, split at commas and the <c>&amp;</c>/<c>and</c> before the last name, joined
    /// by commas again (<c>Gay, P. D., &amp; Scott, A.</c> → <c>Gay,P. D.,Scott,A.</c>): one string per key, read back
    /// with <see cref="NameSegments"/>. Empty segments are dropped, so a segment never contains a comma.
    /// </summary>
    public static string JoinSegments(ReadOnlySpan<char> text)
    {
        var joined = Core.Text.BuilderPool.Rent(text.Length);
        foreach (var range in text.Split(','))
        {
            var segment = text[range].Trim();
            if (segment.StartsWith("& ", StringComparison.Ordinal)) segment = segment[2..];
            else if (segment.StartsWith("and ", StringComparison.Ordinal)) segment = segment[4..];
            if (segment.Length == 0) continue;
            if (joined.Length > 0) joined.Append(',');
            joined.Append(segment);
        }
        return Core.Text.BuilderPool.Return(joined);
    }

    /// <summary>A title without a leading article (<c>The</c>, <c>A</c>, <c>An</c>) or opening quotation mark or bracket.</summary>
    public static string WithoutArticle(string title)
    {
        var trimmed = WithoutArticle(title.AsSpan());
        return trimmed.Length == title.Length ? title : trimmed.ToString();
    }

    /// <summary><see cref="WithoutArticle(string)"/> of a span, as a part of it.</summary>
    public static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> title)
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
