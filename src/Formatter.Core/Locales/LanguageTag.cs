namespace Formatter.Core.Locales;

/// <summary>Small helpers for BCP 47 language tags (<c>ru-RU</c>, <c>sr-Latn-RS</c>).</summary>
internal static class LanguageTag
{
    /// <summary>
    /// Canonical casing: <c>_</c> becomes <c>-</c>, the language lower case, a 4-letter script title case, a region upper case
    /// (<c>RU_ru</c> → <c>ru-RU</c>). Blank input gives an empty string.
    /// </summary>
    public static string Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return "";
        // Records and styles name the same few tags over and over, nearly always written canonically already.
        if (IsCanonical(tag)) return tag;
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            parts[i] = i == 0 ? part.ToLowerInvariant()
                : part.Length == 4 && char.IsLetter(part[0]) ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()
                : part.Length == 2 ? part.ToUpperInvariant()
                : part.ToLowerInvariant();
        }
        return string.Join('-', parts);
    }

    // True when Normalize would give the tag back unchanged; answered for ASCII letters, digits and hyphens only
    // (anything else takes the long way).
    private static bool IsCanonical(string tag)
    {
        var start = 0;
        for (var i = 0; i <= tag.Length; i++)
        {
            if (i < tag.Length && tag[i] != '-')
            {
                if (!char.IsAsciiLetterOrDigit(tag[i])) return false;
                continue;
            }
            if (i == start || !IsCanonicalPart(tag.AsSpan(start, i - start), first: start == 0)) return false;
            start = i + 1;
        }
        return true;
    }

    private static bool IsCanonicalPart(ReadOnlySpan<char> part, bool first)
    {
        if (!first && part.Length == 4 && char.IsAsciiLetter(part[0]))
            return !char.IsAsciiLetterLower(part[0]) && !part[1..].ContainsAnyInRange('A', 'Z');
        if (!first && part.Length == 2) return !part.ContainsAnyInRange('a', 'z');
        return !part.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>The primary language subtag in lower case (<c>ru-RU</c> → <c>ru</c>).</summary>
    public static string PrimaryOf(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return "";
        var end = 0;
        var clean = true;
        while (end < tag.Length && tag[end] is not '-' and not '_')
        {
            if (!char.IsAsciiLetterLower(tag[end])) clean = false;
            end++;
        }
        if (clean && end > 0) return end == tag.Length ? tag : tag[..end];
        var normalized = Normalize(tag);
        var dash = normalized.IndexOf('-');
        return dash < 0 ? normalized : normalized[..dash];
    }

    /// <summary>
    /// The tags to try, most specific first, ending with <c>en</c>: <c>sr-Latn-RS</c> → <c>sr-Latn-RS</c>, <c>sr-Latn</c>,
    /// <c>sr</c>, <c>en</c>.
    /// </summary>
    public static IReadOnlyList<string> FallbackChain(string? tag)
    {
        var chain = new List<string>(4);
        var current = Normalize(tag);
        while (current.Length > 0)
        {
            chain.Add(current);
            var dash = current.LastIndexOf('-');
            current = dash < 0 ? "" : current[..dash];
        }
        if (!chain.Contains("en")) chain.Add("en");
        return chain;
    }
}
