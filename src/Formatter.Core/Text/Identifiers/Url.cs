namespace Formatter.Core.Text.Identifiers;

/// <summary>URL clean-up that never rewrites a valid URL: surrounding space, enclosing <c>&lt;&gt;</c>, line breaks and trailing sentence punctuation go.</summary>
internal static class Url
{
    /// <summary>
    /// The URL trimmed, without enclosing <c>&lt;&gt;</c>, without line breaks or tabs from wrapping, and without
    /// trailing <c>.</c>, <c>,</c>, <c>;</c> or an unbalanced <c>)</c>; null when nothing is left.
    /// </summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var url = value.Trim().Trim('\u00A0', '\u200B');
        if (url.Length > 1 && url[0] == '<' && url[^1] == '>') url = url[1..^1].Trim();
        if (url.AsSpan().ContainsAny("\r\n\t")) url = url.Replace("\r", "").Replace("\n", "").Replace("\t", "");
        while (url.Length > 0)
        {
            var last = url[^1];
            if (last is '.' or ',' or ';' || char.IsWhiteSpace(last))
            {
                url = url[..^1];
                continue;
            }
            if (last == ')' && url.Count(c => c == '(') < url.Count(c => c == ')'))
            {
                url = url[..^1];
                continue;
            }
            break;
        }
        return url.Length == 0 ? null : url;
    }
}
