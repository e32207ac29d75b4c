using Formatter.Core.Locales;
using Formatter.Records;

namespace Formatter.Core.Text.Language;

/// <summary>
/// Decides the language of a record and whether a given field is English. The record's <c>language</c> wins (tags such as
/// <c>en-US</c> and common names such as <c>English</c>, <c>rus</c> are understood); otherwise the script of the title decides
/// (Cyrillic → <c>ru</c>; CJK → <c>ja</c> with kana, <c>ko</c> with hangul, else <c>zh</c>; Latin → <c>en</c> unless its
/// function words or letters say another language, see <see cref="LatinLanguageGuess"/>).
/// </summary>
internal static class LanguageResolver
{
    /// <summary>The language used when nothing else can be decided.</summary>
    public const string Default = "en";

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["eng"] = "en", ["английский"] = "en",
        ["russian"] = "ru", ["rus"] = "ru", ["русский"] = "ru", ["русский язык"] = "ru",
        ["german"] = "de", ["deutsch"] = "de", ["ger"] = "de", ["deu"] = "de",
        ["french"] = "fr", ["français"] = "fr", ["francais"] = "fr", ["fre"] = "fr", ["fra"] = "fr",
        ["ukrainian"] = "uk", ["ukr"] = "uk", ["українська"] = "uk",
        ["spanish"] = "es", ["español"] = "es", ["spa"] = "es",
        ["italian"] = "it", ["italiano"] = "it", ["ita"] = "it",
        ["polish"] = "pl", ["polski"] = "pl", ["pol"] = "pl",
        ["chinese"] = "zh", ["chi"] = "zh", ["zho"] = "zh",
        ["japanese"] = "ja", ["jpn"] = "ja",
        ["korean"] = "ko", ["kor"] = "ko",
    };

    /// <summary>
    /// A normalized language tag from a record's <c>language</c> value (<c>en_us</c> → <c>en-US</c>, <c>English</c> → <c>en</c>),
    /// or null when the value is blank or not recognisable as a language.
    /// </summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var trimmed = language.Trim();
        if (Names.TryGetValue(trimmed, out var known)) return known;
        return LooksLikeTag(trimmed) ? LanguageTag.Normalize(trimmed) : null;
    }

    /// <summary>The record's language: its <c>language</c> field, else judged from the title, else from the container title, else <c>en</c>.</summary>
    public static string Resolve(Record record) =>
        Normalize(record.Field("language"))
        ?? FromText(record.Field("title"))
        ?? FromText(record.Field("container-title"))
        ?? Default;

    /// <summary>The language suggested by the script of <paramref name="text"/>; null when the text has no letters or its script is unknown.</summary>
    public static string? FromText(string? text)
    {
        var counts = ScriptDetector.Count(text);
        return counts.Dominant switch
        {
            Script.Latin => LatinLanguageGuess.Of(text!),
            Script.Cyrillic => "ru",
            Script.Cjk => counts.Kana > 0 ? "ja" : counts.Hangul > 0 ? "ko" : "zh",
            Script.Greek => "el",
            Script.Arabic => "ar",
            Script.Hebrew => "he",
            _ => null,
        };
    }

    /// <summary>
    /// True when English-only transforms (sentence or headline case) may touch <paramref name="text"/>, a field of
    /// <paramref name="record"/>: the text must be mostly Latin (or have no letters) and the record's language English.
    /// A Cyrillic string inside an English record is never English.
    /// </summary>
    public static bool IsEnglish(Record record, string? text) => IsEnglish(Resolve(record), text);

    /// <summary>As <see cref="IsEnglish(Record, string?)"/> with the record language already resolved.</summary>
    public static bool IsEnglish(string? recordLanguage, string? text)
    {
        if (LanguageTag.PrimaryOf(recordLanguage ?? Default) != "en") return false;
        var counts = ScriptDetector.Count(text);
        return counts.Letters == 0 || counts.Dominant == Script.Latin;
    }

    private static bool LooksLikeTag(string value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            if (c is '-' or '_') break;
            if (!char.IsAsciiLetter(c)) return false;
            letters++;
        }
        if (letters is < 2 or > 3) return false;
        foreach (var c in value)
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_') return false;
        return true;
    }
}
