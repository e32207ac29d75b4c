using System.Collections.Frozen;

namespace Formatter.Core.Text.Language;

/// <summary>
/// Which language a Latin-script title is in, when the record does not say: by its function words (articles,
/// prepositions, conjunctions: <c>der</c>, <c>und</c>; <c>le</c>, <c>des</c>; <c>della</c>) against English ones
/// (<c>the</c>, <c>of</c>, <c>and</c>), then, where the title has none, by letters English does not use (<c>ß</c>,
/// <c>ñ</c>, <c>ç</c>, <c>å</c> … in lower-case words). English unless another language has two function words and more
/// evidence than English: an English title that names a German work keeps its English case, a title of names and
/// nouns alone is English. Words are counted as titles write function words (lower case, or capitalised where a title
/// or subtitle starts), never before a hyphen, period, apostrophe or digit (<c>e-Government</c>, <c>E. coli</c>).
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

    // Words that say their language alone: no English word, name particle or common loan looks like them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongWords =
        new[] { "und", "der", "des", "mit", "zur", "zum", "della", "delle", "degli", "het", "och", "les", "los", "las" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The language of a Latin-script <paramref name="text"/>: <c>en</c> unless another has more evidence.</summary>
    public static string Of(string text)
    {
        Span<int> scores = stackalloc int[Languages.Length];
        var span = text.AsSpan();
        var i = 0;
        var startsPart = true;
        // The word counted last: the same word again (`de … de`, a name's particle) is no further evidence.
        var last = ReadOnlySpan<char>.Empty;
        while (i < span.Length)
        {
            var c = span[i];
            if (!char.IsLetter(c))
            {
                if (c is ':' or '.' or '?' or '!') startsPart = true;
                i++;
                continue;
            }
            var start = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            var word = span[start..i];
            var counted = IsFunctionWordForm(word, startsPart) && !(i < span.Length && span[i] is '-' or '.' or '\'' or '\u2019' || i < span.Length && char.IsDigit(span[i]));
            startsPart = false;
            if (!counted || word.Equals(last, StringComparison.OrdinalIgnoreCase) || !Lookup.TryGetValue(word, out var languages)) continue;
            last = word;
            // A word English has too (`a`, `in`, `as`) is English evidence only.
            if ((languages & 1) != 0) languages = 1;
            var weight = StrongWords.Contains(word) ? 2 : 1;
            for (var k = 0; k < scores.Length; k++)
                if ((languages & 1 << k) != 0) scores[k] += weight;
        }
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
            if (scores[k] > scores[best]) best = k;
        // Another language needs two function words of its own (`und`, `della` and a few others count twice), or one and
        // its letters in a lower-case word, and more than English has: one `de`, `die` or `con` in
        // an English title (`Charles de Gaulle: A biography`, `Die another day`) is not enough.
        if (best != 0 && (scores[best] >= 2 || (scores[0] == 0 && Letters(span, withAcute: true) == Languages[best].Language)))
            return Languages[best].Language;
        return scores[0] > 0 ? "en" : Letters(span, withAcute: false);
    }

    // A function word as titles write it: in lower case, or capitalised where a title or a subtitle starts; one letter
    // only in lower case (a capital `A` after a colon is English, `D` is a vitamin).
    private static bool IsFunctionWordForm(ReadOnlySpan<char> word, bool startsPart)
    {
        if (word.Length > 7) return false;
        if (!char.IsUpper(word[0])) return !HasUpper(word);
        return startsPart && word.Length > 1 && !HasUpper(word[1..]);
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsUpper(c)) return true;
        return false;
    }

    // The language that letters English does not write tell, in a title's lower-case words (not in names such as
    // Schrödinger or Brontë); else English. An acute `é` (in English loanwords too: café, résumé) only supports French
    // a French function word has already suggested.
    private static string Letters(ReadOnlySpan<char> text, bool withAcute)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (char.IsUpper(text[start])) continue;
            foreach (var c in text[start..i])
            {
                switch (c)
                {
                    case 'ß' or 'ä' or 'ö' or 'ü': return "de";
                    case 'ñ': return "es";
                    case 'ç' or 'è' or 'ê' or 'à' or 'â' or 'î' or 'ô' or 'û' or 'œ': return "fr";
                    case 'é' when withAcute: return "fr";
                    case 'ã' or 'õ': return "pt";
                    case 'å' or 'ø' or 'æ': return "no";
                }
            }
        }
        return "en";
    }
}
