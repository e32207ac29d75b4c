namespace Formatter.Core.Text.Casing;

/// <summary>
/// The casing word lists behind one question a word: is it minor, a proper noun (in any of its forms), the start of a
/// listed phrase? Most words of a title are in no list: a bit set over a cheap hash of an ASCII word's lower-cased
/// letters, holding every listed word and every form of the proper nouns, turns most of those away before the tables
/// are asked.
/// </summary>
internal sealed class CasingLexicon
{
    private const int FilterBitsLog2 = 17;

    private readonly ProperNounList _properNouns;
    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classesBySpan;
    private readonly ulong[] _filter = new ulong[(1 << FilterBitsLog2) / 64];
    // Off when a listed word has a character beyond ASCII that ignoring case equals an ASCII one (the long s equals
    // s): an ASCII word could then match it without sharing its hash.
    private readonly bool _filterOn = true;

    public CasingLexicon(IEnumerable<string> minorWords, ProperNounList properNouns)
    {
        _properNouns = properNouns;
        _classesBySpan = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in minorWords) Add(word, WordClass.Minor);
        foreach (var word in properNouns.Words) Add(word, WordClass.ProperNoun);
        foreach (var word in properNouns.PhraseFirstWords) Add(word, WordClass.StartsPhrase);
        // Every listed word and every form of a proper noun (the noun's hash carried on through each ending, no form
        // made as a string); the characters beyond ASCII are asked about once each.
        var beyondAscii = new HashSet<char>();
        foreach (var word in _classes.Keys) Mark(word, "", beyondAscii);
        foreach (var word in properNouns.Words)
            foreach (var ending in ProperNounList.FormEndings(word)) Mark(word, ending, beyondAscii);
        foreach (var c in beyondAscii)
            if (EqualsAsciiIgnoringCase(c)) _filterOn = false;
    }

    private void Mark(string word, string ending, HashSet<char> beyondAscii)
    {
        if (Hash(word, ending) is { } hash)
        {
            _filter[hash >> 6] |= 1UL << (int)(hash & 63);
            return;
        }
        foreach (var c in word) if (c >= '\u0080') beyondAscii.Add(c);
        foreach (var c in ending) if (c >= '\u0080') beyondAscii.Add(c);
    }

    /// <summary>The class of <paramref name="word"/> (<see cref="WordClass.None"/> for an empty or unknown word).</summary>
    public WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return WordClass.None;
        if (_filterOn && Hash(word, "") is { } hash && (_filter[hash >> 6] & 1UL << (int)(hash & 63)) == 0) return WordClass.None;
        var wordClass = _classesBySpan.TryGetValue(word, out var found) ? found : WordClass.None;
        // A possessive or plural form ends in s or an apostrophe.
        if ((wordClass & WordClass.ProperNoun) == 0 && word[^1] is 's' or 'S' or '\'' or '\u2019' && _properNouns.ContainsWord(word))
            wordClass |= WordClass.ProperNoun;
        return wordClass;
    }

    private void Add(string word, WordClass wordClass) =>
        _classes[word] = _classes.GetValueOrDefault(word) | wordClass;

    // FNV-1a over the characters of the word and then the ending with A–Z lowered, mixed and cut to the filter's
    // size; null when either has a character beyond ASCII. Words equal ignoring case have equal hashes.
    private static uint? Hash(ReadOnlySpan<char> word, ReadOnlySpan<char> ending)
    {
        var hash = 2166136261u;
        if (!Add(ref hash, word) || !Add(ref hash, ending)) return null;
        return (hash * 0x9E3779B1u) >> (32 - FilterBitsLog2);
    }

    private static bool Add(ref uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0080') return false;
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? c | 0x20u : c)) * 16777619u;
        }
        return true;
    }

    private static bool EqualsAsciiIgnoringCase(char c)
    {
        var text = c.ToString();
        for (var ascii = '\0'; ascii < '\u0080'; ascii++)
            if (string.Equals(text, ascii.ToString(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
