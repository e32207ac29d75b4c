namespace Formatter.Core.Readers;

/// <summary>English language names (as catalogues show them) to BCP 47 primary language subtags.</summary>
internal static class LanguageNames
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Afrikaans"] = "af", ["Albanian"] = "sq", ["Amharic"] = "am", ["Arabic"] = "ar", ["Armenian"] = "hy",
        ["Azerbaijani"] = "az", ["Basque"] = "eu", ["Belarusian"] = "be", ["Bengali"] = "bn", ["Bosnian"] = "bs",
        ["Breton"] = "br", ["Bulgarian"] = "bg", ["Burmese"] = "my", ["Catalan"] = "ca", ["Chinese"] = "zh",
        ["Croatian"] = "hr", ["Czech"] = "cs", ["Danish"] = "da", ["Dutch"] = "nl", ["Flemish"] = "nl", ["English"] = "en",
        ["Esperanto"] = "eo", ["Estonian"] = "et", ["Faroese"] = "fo", ["Finnish"] = "fi", ["French"] = "fr",
        ["Galician"] = "gl", ["Georgian"] = "ka", ["German"] = "de", ["Greek"] = "el", ["Modern Greek"] = "el",
        ["Gujarati"] = "gu", ["Hausa"] = "ha", ["Hebrew"] = "he", ["Hindi"] = "hi", ["Hungarian"] = "hu",
        ["Icelandic"] = "is", ["Indonesian"] = "id", ["Irish"] = "ga", ["Italian"] = "it", ["Japanese"] = "ja",
        ["Kannada"] = "kn", ["Kazakh"] = "kk", ["Khmer"] = "km", ["Korean"] = "ko", ["Kurdish"] = "ku", ["Kyrgyz"] = "ky",
        ["Lao"] = "lo", ["Latin"] = "la", ["Latvian"] = "lv", ["Lithuanian"] = "lt", ["Luxembourgish"] = "lb",
        ["Macedonian"] = "mk", ["Malay"] = "ms", ["Malayalam"] = "ml", ["Maltese"] = "mt", ["Maori"] = "mi",
        ["Marathi"] = "mr", ["Mongolian"] = "mn", ["Nepali"] = "ne", ["Norwegian"] = "no", ["Norwegian Bokmål"] = "nb",
        ["Norwegian Nynorsk"] = "nn", ["Pashto"] = "ps", ["Persian"] = "fa", ["Farsi"] = "fa", ["Polish"] = "pl",
        ["Portuguese"] = "pt", ["Punjabi"] = "pa", ["Romanian"] = "ro", ["Moldavian"] = "ro", ["Russian"] = "ru",
        ["Sanskrit"] = "sa", ["Scottish Gaelic"] = "gd", ["Serbian"] = "sr", ["Sinhala"] = "si", ["Slovak"] = "sk",
        ["Slovenian"] = "sl", ["Slovene"] = "sl", ["Somali"] = "so", ["Spanish"] = "es", ["Castilian"] = "es",
        ["Swahili"] = "sw", ["Swedish"] = "sv", ["Tagalog"] = "tl", ["Filipino"] = "fil", ["Tajik"] = "tg",
        ["Tamil"] = "ta", ["Tatar"] = "tt", ["Telugu"] = "te", ["Thai"] = "th", ["Tibetan"] = "bo", ["Turkish"] = "tr",
        ["Turkmen"] = "tk", ["Ukrainian"] = "uk", ["Urdu"] = "ur", ["Uyghur"] = "ug", ["Uzbek"] = "uz",
        ["Vietnamese"] = "vi", ["Welsh"] = "cy", ["Yiddish"] = "yi", ["Yoruba"] = "yo", ["Zulu"] = "zu",
        ["Ancient Greek"] = "grc", ["Greek, Ancient"] = "grc", ["Church Slavic"] = "cu", ["Old Church Slavonic"] = "cu",
        ["Bashkir"] = "ba", ["Chuvash"] = "cv", ["Yakut"] = "sah", ["Chechen"] = "ce", ["Ossetian"] = "os",
        ["Frisian"] = "fy", ["Romansh"] = "rm", ["Sami"] = "se", ["Aramaic"] = "arc", ["Syriac"] = "syr",
        ["Coptic"] = "cop", ["Ethiopic"] = "gez", ["Geez"] = "gez", ["Akkadian"] = "akk", ["Sumerian"] = "sux",
        ["Middle English"] = "enm", ["Old English"] = "ang", ["Middle High German"] = "gmh", ["Old French"] = "fro",
        ["Undetermined"] = "und", ["Multiple languages"] = "mul", ["No linguistic content"] = "zxx",
    };

    /// <summary>The subtag of an English language name, or null when unknown.</summary>
    public static string? ToTag(string name) => Tags.TryGetValue(name.Trim().TrimEnd('.'), out var tag) ? tag : null;
}
