namespace Formatter.Styles.Gost;

/// <summary>
/// The language of a host's numbering (guide §7, §12): numbering and pages are transcribed from the host, so a
/// Cyrillic-script host gives them in Russian even when the item itself is English (the seed, enriched:
/// <c>– Т. 12, № 1. – С. 3–31</c>). Any other host keeps the item's own term set.
/// </summary>
public static class GostLanguage
{
    private static readonly HashSet<string> CyrillicLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "tt", "ba", "cv", "mn", "sah", "ce", "os", "udm", "kv", "mhr", "myv", "ab", "av",
    };

    /// <summary>The language whose terms number the host: <c>ru</c> for a Cyrillic host of a non-Cyrillic item, else <paramref name="itemLanguage"/>.</summary>
    public static string ForHost(string? itemLanguage, string? hostTitle)
    {
        var language = itemLanguage ?? "";
        if (IsCyrillicLanguage(language) || !IsMostlyCyrillic(hostTitle)) return language;
        return "ru";
    }

    /// <summary>True for a language written in Cyrillic (primary subtag).</summary>
    public static bool IsCyrillicLanguage(string? language)
    {
        if (string.IsNullOrEmpty(language)) return false;
        var dash = language.IndexOfAny(['-', '_']);
        return CyrillicLanguages.Contains(dash < 0 ? language : language[..dash]);
    }

    /// <summary>True when most letters of the text are Cyrillic.</summary>
    public static bool IsMostlyCyrillic(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        int cyrillic = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u0400' and <= '\u052F') cyrillic++;
        }
        return letters > 0 && cyrillic * 2 > letters;
    }
}
