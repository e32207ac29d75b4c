namespace Formatter.Core.Text.Casing;

/// <summary>
/// Every word the casing lists know, with its <see cref="WordClass"/>, ignoring case: one lookup tells whether a word
/// is minor, a proper noun (in any of the forms <see cref="ProperNounList.WordForms"/> gives) or the start of a
/// listed phrase. Most words of a title are in no list: a bit set over a cheap hash of an ASCII word's lower-case
/// letters turns most of those away before the table is asked.
/// </summary>
internal sealed class CasingLexicon
{
    private const int FilterBitsLog2 = 17;

    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classesBySpan;
    private readonly ulong[] _filter = new ulong[(1 << FilterBitsLog2) / 64];
    // Off when a word of the lists has a character beyond ASCII that ignoring case equals an ASCII one (the long s
    // equals s): an ASCII word could then match it without sharing its hash.
    private readonly bool _filterOn;

    public CasingLexicon(IEnumerable<string> minorWords, ProperNounList properNouns)
    {
        _classesBySpan = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in minorWords) Add(word, WordClass.Minor);
        foreach (var form in properNouns.WordForms()) Add(form, WordClass.ProperNoun);
        foreach (var word in properNouns.PhraseFirstWords) Add(word, WordClass.StartsPhrase);
        _filterOn = true;
        var beyondAscii = new HashSet<char>();
        foreach (var word in _classes.Keys)
        {
            if (AsciiHash(word) is { } hash) _filter[hash >> 6] |= 1UL << (int)(hash & 63);
            else
            {
                foreach (var c in word)
                    if (c >= '\u0080') beyondAscii.Add(c);
            }
        }
        foreach (var c in beyondAscii)
            if (EqualsAsciiIgnoringCase(c)) _filterOn = false;
    }

    /// <summary>The class of <paramref name="word"/> (<see cref="WordClass.None"/> for an empty or unknown word).</summary>
    public WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return WordClass.None;
        if (_filterOn && AsciiHash(word) is { } hash && (_filter[hash >> 6] & 1UL << (int)(hash & 63)) == 0) return WordClass.None;
        return _classesBySpan.TryGetValue(word, out var wordClass) ? wordClass : WordClass.None;
    }

    private void Add(string word, WordClass wordClass) =>
        _classes[word] = _classes.GetValueOrDefault(word) | wordClass;

    // FNV-1a over the characters with A–Z lowered, mixed and cut to the filter's size; null for a word with a
    // character beyond ASCII. Words equal ignoring case have equal hashes.
    private static uint? AsciiHash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            if (c >= '\u0080') return null;
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? c | 0x20u : c)) * 16777619u;
        }
        return (hash * 0x9E3779B1u) >> (32 - FilterBitsLog2);
    }

    private static bool EqualsAsciiIgnoringCase(char c)
    {
        var text = c.ToString();
        for (var ascii = '\0'; ascii < '\u0080'; ascii++)
            if (string.Equals(text, ascii.ToString(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
