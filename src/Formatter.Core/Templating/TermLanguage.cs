using Formatter.Core.Locales;
using Formatter.Core.Text.Language;

namespace Formatter.Core.Templating;

/// <summary>
/// Which locale gives a record its terms (option <c>terms-by</c>): <c>style</c> — the style's locale for every entry
/// (APA, Chicago: an English list uses English words); <c>record</c> — the record's own language; <c>script</c> —
/// Russian terms for Cyrillic-script items and English ones for all others (GOST guide §14).
/// </summary>
internal sealed class TermLanguage
{
    private static readonly HashSet<string> CyrillicLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "tt", "ba", "cv", "mn", "sah", "ce", "os", "udm", "kv", "mhr", "myv", "ab", "av",
    };

    private readonly string _mode;

    private TermLanguage(string mode) => _mode = mode;

    /// <summary>Reads the option value (default <c>style</c>).</summary>
    public static TermLanguage Parse(string? value) => value switch
    {
        null or "" or "style" => new TermLanguage("style"),
        "record" or "script" => new TermLanguage(value),
        _ => throw new InvalidOperationException($"option terms-by must be style, record or script, not '{value}'"),
    };

    /// <summary>The locale for a record whose resolved language is <paramref name="language"/>.</summary>
    public Locale LocaleFor(string language, Locale styleLocale) => _mode switch
    {
        "record" => LocaleStore.Default.Get(language),
        "script" => LocaleStore.Default.Get(IsCyrillic(language) ? "ru" : "en"),
        _ => styleLocale,
    };

    private static bool IsCyrillic(string language) => CyrillicLanguages.Contains(LanguageTag.PrimaryOf(language));
}
