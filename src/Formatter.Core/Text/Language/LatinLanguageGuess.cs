using System.Collections.Frozen;

namespace Formatter.Core.Text.Language;

/// <summary>
/// Which language a Latin-script title is in, when the record does not say: by its function words (articles,
/// prepositions, conjunctions: <c>der</c>, <c>und</c>; <c>le</c>, <c>des</c>; <c>della</c>) against English ones
/// (<c>the</c>, <c>of</c>, <c>and</c>), then, where the title has none, by letters English does not use (<c>ß</c>,
/// <c>ñ</c>, <c>ç</c>, <c>å</c> …). English unless another language has more evidence: an English title that names a
/// German work keeps its English case, a title of names and nouns alone is English.
/// </summary>
internal static class LatinLanguageGuess
{
    private static readonly (string Language, string[] Words)[] Languages =
    [
        ("en", ["the", "of", "and", "in", "a", "an", "to", "for", "on", "with", "from", "by", "at", "is", "are", "was", "were", "its", "into", "how", "what", "why", "when", "where", "who", "this", "that", "these", "between", "toward", "towards", "among", "about", "over", "under", "after", "before", "through", "without", "within", "via", "we", "you", "our", "your", "my", "his", "her", "their", "it", "be", "can", "not", "do", "does", "no", "new", "as", "or"]),
        ("de", ["der", "die", "das", "und", "des", "den", "dem", "zur", "zum", "mit", "von", "für", "über", "auf", "nach", "bei", "ein", "eine", "einer", "eines", "im", "ist", "zu", "aus", "oder", "vom", "als"]),
        ("fr", ["le", "la", "les", "des", "du", "de", "et", "une", "un", "au", "aux", "pour", "sur", "dans", "par", "avec", "sous", "entre", "est", "l", "d", "ou", "qui", "que"]),
        ("es", ["el", "la", "los", "las", "del", "de", "y", "en", "un", "una", "para", "por", "con", "sobre", "entre", "es", "al"]),
        ("it", ["il", "lo", "la", "gli", "le", "della", "delle", "degli", "dello", "del", "di", "e", "un", "una", "per", "con", "nel", "nella", "tra", "sul", "sulla", "dei", "alla"]),
        ("pt", ["o", "os", "a", "do", "da", "dos", "das", "de", "e", "em", "na", "um", "uma", "para", "com", "por", "sobre", "ao", "nos", "nas", "pela", "pelo"]),
        ("nl", ["de", "het", "een", "van", "en", "voor", "met", "op", "over", "naar", "bij", "uit", "der"]),
        ("sv", ["och", "på", "av", "för", "med", "till", "från", "det", "som", "om", "en", "ett"]),
        ("no", ["og", "på", "av", "med", "fra", "det", "som", "om", "en", "et"]),
    ];

    // Each function word with the languages it belongs to, as bits of Languages' order; looked up by span.
    private static readonly FrozenDictionary<string, int> WordLanguages = Languages
        .SelectMany((entry, index) => entry.Words.Select(word => (word, index)))
        .GroupBy(p => p.word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(0, (bits, p) => bits | 1 << p.index), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The language of a Latin-script <paramref name="text"/>: <c>en</c> unless another has more evidence.</summary>
    public static string Of(string text)
    {
        Span<int> scores = stackalloc int[Languages.Length];
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i])) { i++; continue; }
            var start = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            if (i - start <= 7 && Lookup.TryGetValue(span[start..i], out var languages))
            {
                for (var k = 0; k < scores.Length; k++)
                    if ((languages & 1 << k) != 0) scores[k]++;
            }
        }
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
            if (scores[k] > scores[best]) best = k;
        if (scores[best] > 0) return Languages[best].Language;
        return ByLetters(span);
    }

    // A title without function words: letters English does not write tell the language, else it is English.
    private static string ByLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'ß' or 'ä' or 'ö' or 'ü': return "de";
                case 'ñ': return "es";
                case 'ç' or 'è' or 'ê' or 'à' or 'â' or 'î' or 'ô' or 'û' or 'ë' or 'ï' or 'œ': return "fr";
                case 'ã' or 'õ': return "pt";
                case 'å' or 'ø' or 'æ': return "no";
            }
        }
        return "en";
    }
}
