using System.Text;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// Joining, wrapping and cleaning of marked-up entry parts (README rules 1–2): empty elements vanish with their
/// punctuation, periods are never doubled, and every check looks through closing markers.
/// </summary>
internal static class Punctuation
{
    /// <summary>
    /// Joins the non-blank parts with <paramref name="separator"/>. Blank parts (no visible character after markup is
    /// stripped) vanish with their separator. When the previous part ends with <c>. ? ! …</c> a separator that starts
    /// with <c>.</c> loses its period (<c>ed.</c> + <c>. </c> → <c>ed. </c>); when it ends with <c>, ; :</c> and the
    /// separator starts with a mark, the separator's mark wins (<c>Title:</c> + <c>. </c> → <c>Title. </c>); the
    /// same mark twice is written once.
    /// </summary>
    public static string Join(string separator, IEnumerable<string?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var joiner = new PartJoiner(separator);
        foreach (var part in parts) joiner.Add(part);
        return joiner.Result();
    }

    /// <summary><see cref="Join(string, IEnumerable{string?})"/> of a template array's items as text, without an enumerator.</summary>
    internal static string Join(string separator, IList<object?> items)
    {
        var joiner = new PartJoiner(separator);
        for (var i = 0; i < items.Count; i++) joiner.Add(items[i] as string ?? items[i]?.ToString());
        return joiner.Result();
    }

    public static string Join(string separator, params string?[] parts) => Join(separator, (IEnumerable<string?>)parts);

    /// <summary>
    /// <paramref name="prefix"/> + value + <paramref name="suffix"/>, or "" when the value is blank (so <c>()</c> and
    /// <c>[]</c> never appear). A suffix that starts with <c>.</c> loses it after <c>. ? ! …</c>.
    /// </summary>
    public static string Wrap(string? prefix, string? value, string? suffix)
    {
        if (MarkupScan.IsBlank(value)) return "";
        suffix ??= "";
        if (suffix.Length > 0 && suffix[0] == '.' && MarkupScan.EndsSentence(MarkupScan.LastVisibleChar(value!))) suffix = suffix[1..];
        return string.Concat(prefix, value, suffix);
    }

    /// <summary>
    /// The value ending with <paramref name="ending"/> (outside any closing markers): nothing is added when it already
    /// ends so, a period is not added after <c>. ? ! …</c>, and a final <c>, ; :</c> is replaced. Blank gives "".
    /// </summary>
    public static string EnsureEndsWith(string? value, string ending)
    {
        if (MarkupScan.IsBlank(value)) return "";
        if (string.IsNullOrEmpty(ending)) return value!;
        var text = value!;
        var lastIndex = MarkupScan.LastVisibleIndex(text);
        var last = text[lastIndex];
        if (EndsWithVisible(text, ending)) return text;
        if (ending[0] == '.' && MarkupScan.EndsSentence(last)) return text + ending[1..];
        if ((ending[0] == '.' || MarkupScan.IsWeakMark(ending[0])) && MarkupScan.IsWeakMark(last))
            return text.Remove(lastIndex, 1) + ending;
        return text + ending;
    }

    /// <summary>
    /// Final clean-up of a whole entry; see <see cref="EntryCleaner"/>: doubled spaces, <c>..</c> (an ellipsis is
    /// kept), <c> ,</c>, <c>, ,</c>, <c>,.</c>, space before <c>.</c>/<c>,</c>, empty <c>()</c>/<c>[]</c>, <c>. – .</c>
    /// and a dangling <c>. – </c>, leading and trailing space, and spans left empty.
    /// </summary>
    public static string Clean(string? entry) => EntryCleaner.Clean(entry);

    /// <summary>
    /// American punctuation with quotation marks (Chicago, APA): a period or comma right after a <c>q</c> span moves
    /// inside it (<c>“Title”.</c> → <c>“Title.”</c>); a period is dropped when the quoted text already ends with
    /// <c>. ? !</c>.
    /// </summary>
    public static string MoveIntoQuotes(string? entry) => QuotePunctuation.MoveInside(entry);

    private static bool EndsWithVisible(string text, string ending)
    {
        var index = text.Length;
        for (var k = ending.Length - 1; k >= 0; k--)
        {
            var visible = MarkupScan.LastVisibleIndex(index == text.Length ? text : text[..index]);
            if (visible < 0 || text[visible] != ending[k]) return false;
            index = visible;
        }
        return true;
    }
}
