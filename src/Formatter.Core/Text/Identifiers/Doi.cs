using System.Text;

namespace Formatter.Core.Text.Identifiers;

/// <summary>
/// DOIs: <see cref="Normalize"/> gives the bare form <c>10.xxxx/yyy</c> from <c>doi:</c>, <c>DOI:</c>,
/// <c>https://doi.org/</c>, <c>http://dx.doi.org/</c> and similar forms; <see cref="ToUrl"/> gives
/// <c>https://doi.org/10.xxxx/yyy</c> (APA, Chicago). GOST prints <c>DOI </c> + the bare form.
/// </summary>
internal static class Doi
{
    private static readonly string[] Prefixes =
    [
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
        "https://www.doi.org/", "http://www.doi.org/", "doi.org/", "dx.doi.org/",
        "info:doi/", "urn:doi:", "doi:",
    ];

    private static readonly char[] Enclosing = ['<', '>', '"', '\'', '“', '”', '‘', '’'];
    private static readonly char[] OpeningBrackets = ['(', '['];

    /// <summary>
    /// The bare DOI (<c>10.5555/abc</c>), or null when the value is not a DOI. Whitespace, enclosing <c>&lt;&gt;</c> or
    /// quotes, and trailing sentence punctuation are removed; a DOI taken from a URL is percent-decoded. Case is kept.
    /// </summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var doi = value.Trim().Trim(Enclosing).TrimStart(OpeningBrackets).Trim();
        var fromUrl = false;
        for (var matched = true; matched;)
        {
            matched = false;
            foreach (var prefix in Prefixes)
            {
                if (!doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                fromUrl |= prefix.Contains('/');
                doi = doi[prefix.Length..].TrimStart();
                matched = true;
                break;
            }
            if (!matched && doi.Length > 3 && doi.StartsWith("doi", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(doi[3]))
            {
                doi = doi[3..].TrimStart();
                matched = true;
            }
        }
        doi = RemoveWhitespace(doi);
        if (fromUrl && doi.Contains('%')) doi = Uri.UnescapeDataString(doi);
        doi = TrimTrailingPunctuation(doi);
        return IsBareDoi(doi) ? doi : null;
    }

    /// <summary>True when <see cref="Normalize"/> finds a DOI in the value.</summary>
    public static bool IsDoi(string? value) => Normalize(value) is not null;

    /// <summary>
    /// <c>https://doi.org/</c> + the bare DOI, with characters that would break a URL (<c># ? " &lt; &gt;</c> and
    /// the like) percent-encoded; null when the value is not a DOI.
    /// </summary>
    public static string? ToUrl(string? value)
    {
        var doi = Normalize(value);
        if (doi is null) return null;
        if (doi.AsSpan().IndexOfAny(UrlUnsafe) < 0) return "https://doi.org/" + doi;
        var builder = BuilderPool.Rent(16 + doi.Length + 8).Append("https://doi.org/");
        foreach (var c in doi)
        {
            if (UrlUnsafe.Contains(c))
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return BuilderPool.Return(builder);
    }

    // What a DOI may hold but a URL's path may not, unencoded.
    private static readonly System.Buffers.SearchValues<char> UrlUnsafe = System.Buffers.SearchValues.Create("#?\"<>\\^`{|}");

    /// <summary><c>10.</c>, a registrant code of digits (dots allowed), <c>/</c>, and a non-empty suffix.</summary>
    private static bool IsBareDoi(string doi)
    {
        if (doi.Length < 6 || !doi.StartsWith("10.", StringComparison.Ordinal)) return false;
        var slash = doi.IndexOf('/');
        if (slash <= 3 || slash == doi.Length - 1) return false;
        for (var i = 3; i < slash; i++)
            if (!char.IsAsciiDigit(doi[i]) && doi[i] != '.') return false;
        return char.IsAsciiDigit(doi[3]);
    }

    private static string RemoveWhitespace(string value)
    {
        if (!value.AsSpan().ContainsAny(" \t\r\n\u00A0")) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value) if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    private static string TrimTrailingPunctuation(string doi)
    {
        while (doi.Length > 0)
        {
            var last = doi[^1];
            if (last is '.' or ',' or ';' or ':' or '"' or '\'' or '”' or '’' or '>')
            {
                doi = doi[..^1];
                continue;
            }
            if (last is ')' or ']' && Count(doi, last == ')' ? '(' : '[') < Count(doi, last))
            {
                doi = doi[..^1];
                continue;
            }
            break;
        }
        return doi;
    }

    private static int Count(string value, char c)
    {
        var count = 0;
        foreach (var x in value) if (x == c) count++;
        return count;
    }
}
