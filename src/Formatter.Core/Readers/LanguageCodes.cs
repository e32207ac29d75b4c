namespace Formatter.Core.Readers;

/// <summary>
/// Normalises a language given by a data file to a BCP 47 tag: ISO 639-1 and 639-2/B/T codes (<c>eng</c>, <c>ger</c>,
/// <c>deu</c>), tags (<c>en-US</c>), English names (<see cref="LanguageNames"/>) and the languages' own names (<c>Deutsch</c>).
/// </summary>
internal static class LanguageCodes
{
    private static readonly Dictionary<string, string> ThreeLetter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eng"] = "en", ["ger"] = "de", ["deu"] = "de", ["fre"] = "fr", ["fra"] = "fr", ["spa"] = "es", ["ita"] = "it",
        ["por"] = "pt", ["rus"] = "ru", ["ukr"] = "uk", ["pol"] = "pl", ["cze"] = "cs", ["ces"] = "cs", ["slo"] = "sk",
        ["slk"] = "sk", ["dut"] = "nl", ["nld"] = "nl", ["swe"] = "sv", ["dan"] = "da", ["nor"] = "no", ["nob"] = "nb",
        ["nno"] = "nn", ["fin"] = "fi", ["ice"] = "is", ["isl"] = "is", ["hun"] = "hu", ["rum"] = "ro", ["ron"] = "ro",
        ["bul"] = "bg", ["gre"] = "el", ["ell"] = "el", ["tur"] = "tr", ["ara"] = "ar", ["heb"] = "he", ["per"] = "fa",
        ["fas"] = "fa", ["chi"] = "zh", ["zho"] = "zh", ["jpn"] = "ja", ["kor"] = "ko", ["hin"] = "hi", ["lat"] = "la",
        ["cat"] = "ca", ["baq"] = "eu", ["eus"] = "eu", ["glg"] = "gl", ["wel"] = "cy", ["cym"] = "cy", ["gle"] = "ga",
        ["est"] = "et", ["lav"] = "lv", ["lit"] = "lt", ["slv"] = "sl", ["hrv"] = "hr", ["srp"] = "sr", ["bos"] = "bs",
        ["mac"] = "mk", ["mkd"] = "mk", ["alb"] = "sq", ["sqi"] = "sq", ["arm"] = "hy", ["hye"] = "hy", ["geo"] = "ka",
        ["kat"] = "ka", ["bel"] = "be", ["kaz"] = "kk", ["vie"] = "vi", ["tha"] = "th", ["ind"] = "id", ["may"] = "ms",
        ["msa"] = "ms", ["afr"] = "af", ["epo"] = "eo", ["grc"] = "grc", ["und"] = "und", ["mul"] = "mul",
    };

    private static readonly Dictionary<string, string> Endonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Deutsch"] = "de", ["Français"] = "fr", ["Francais"] = "fr", ["Español"] = "es", ["Espanol"] = "es",
        ["Italiano"] = "it", ["Português"] = "pt", ["Portugues"] = "pt", ["Русский"] = "ru", ["Українська"] = "uk",
        ["Polski"] = "pl", ["Čeština"] = "cs", ["Nederlands"] = "nl", ["Svenska"] = "sv", ["Dansk"] = "da",
        ["Norsk"] = "no", ["Suomi"] = "fi", ["Íslenska"] = "is", ["Magyar"] = "hu", ["Română"] = "ro",
        ["Ελληνικά"] = "el", ["Türkçe"] = "tr", ["Latina"] = "la", ["Català"] = "ca", ["Euskara"] = "eu",
        ["ngerman"] = "de", ["german"] = "de", ["austrian"] = "de-AT", ["naustrian"] = "de-AT", ["swissgerman"] = "de-CH",
        ["american"] = "en-US", ["USenglish"] = "en-US", ["british"] = "en-GB", ["UKenglish"] = "en-GB",
        ["canadian"] = "en-CA", ["australian"] = "en-AU", ["french"] = "fr", ["francais"] = "fr", ["russian"] = "ru",
        ["brazil"] = "pt-BR", ["brazilian"] = "pt-BR", ["portuges"] = "pt", ["icelandic"] = "is", ["spanish"] = "es",
    };

    /// <summary>The BCP 47 tag for <paramref name="value"/>, or null when it does not name a language.</summary>
    public static string? ToTag(string value)
    {
        var text = value.Trim().TrimEnd('.');
        if (text.Length == 0) return null;
        if (ThreeLetter.TryGetValue(text, out var tag) || Endonyms.TryGetValue(text, out tag)) return tag;
        if (LanguageNames.ToTag(text) is { } named) return named;
        if (IsTag(text)) return text.Replace('_', '-');
        return null;
    }

    private static bool IsTag(string text)
    {
        var parts = text.Split('-', '_');
        if (parts[0].Length is not (2 or 3) || !parts[0].All(char.IsAsciiLetterLower)) return false;
        return parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
