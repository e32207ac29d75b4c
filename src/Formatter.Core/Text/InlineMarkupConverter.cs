using System.Text;

namespace Formatter.Core.Text;

/// <summary>
/// Converts the inline HTML-like markup that CSL-JSON titles may carry (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>,
/// <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>, <c>&lt;span class="nocase"&gt;</c>, <c>&lt;span style="font-variant:small-caps;"&gt;</c>)
/// into neutral markup. Anything else stays literal text, so data can never inject markup.
/// </summary>
internal static class InlineMarkupConverter
{
    private static readonly (string Open, string Close, string Tag)[] Tags =
    [
        ("<i>", "</i>", "i"),
        ("<em>", "</em>", "i"),
        ("<b>", "</b>", "b"),
        ("<strong>", "</strong>", "b"),
        ("<sup>", "</sup>", "sup"),
        ("<sub>", "</sub>", "sub"),
        ("<span class=\"nocase\">", "</span>", "nocase"),
        ("<span style=\"font-variant:small-caps;\">", "</span>", "sc"),
        ("<span style=\"font-variant: small-caps;\">", "</span>", "sc"),
    ];

    /// <summary>Sanitizes <paramref name="value"/> and converts its recognised inline tags.</summary>
    public static string Convert(string value)
    {
        value = Markup.Sanitize(value);
        if (value.IndexOf('<') < 0) return value;
        var builder = new StringBuilder(value.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '<' && TryMatch(value, i, open, builder, out var consumed))
            {
                i += consumed;
                continue;
            }
            builder.Append(value[i]);
            i++;
        }
        while (open.Count > 0)
        {
            open.Pop();
            builder.Append(Markup.Close);
        }
        return builder.ToString();
    }

    private static bool TryMatch(string value, int at, Stack<string> open, StringBuilder builder, out int consumed)
    {
        foreach (var (openTag, closeTag, tag) in Tags)
        {
            if (string.CompareOrdinal(value, at, openTag, 0, openTag.Length) == 0)
            {
                builder.Append(Markup.Open).Append(tag).Append(Markup.TagEnd);
                open.Push(closeTag);
                consumed = openTag.Length;
                return true;
            }
        }
        if (open.Count > 0 && string.CompareOrdinal(value, at, open.Peek(), 0, open.Peek().Length) == 0)
        {
            consumed = open.Pop().Length;
            builder.Append(Markup.Close);
            return true;
        }
        consumed = 0;
        return false;
    }
}
