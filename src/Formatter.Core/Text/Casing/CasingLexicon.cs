namespace Formatter.Core.Text.Casing;

/// <summary>
/// Every word the casing lists know, with its <see cref="WordClass"/>, ignoring case: one lookup tells whether a word
/// is minor, a proper noun (in any of the forms <see cref="ProperNounList.WordForms"/> gives) or the start of a
/// listed phrase.
/// </summary>
internal sealed class CasingLexicon
{
    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classesBySpan;

    public CasingLexicon(IEnumerable<string> minorWords, ProperNounList properNouns)
    {
        _classesBySpan = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in minorWords) Add(word, WordClass.Minor);
        foreach (var form in properNouns.WordForms()) Add(form, WordClass.ProperNoun);
        foreach (var word in properNouns.PhraseFirstWords) Add(word, WordClass.StartsPhrase);
    }

    /// <summary>The class of <paramref name="word"/> (<see cref="WordClass.None"/> for an empty or unknown word).</summary>
    public WordClass Classify(ReadOnlySpan<char> word) =>
        word.Length > 0 && _classesBySpan.TryGetValue(word, out var wordClass) ? wordClass : WordClass.None;

    private void Add(string word, WordClass wordClass) =>
        _classes[word] = _classes.GetValueOrDefault(word) | wordClass;
}
