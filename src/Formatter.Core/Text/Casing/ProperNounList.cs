namespace Formatter.Core.Text.Casing;

/// <summary>
/// Proper nouns and proper adjectives that sentence case must not lower. Single words are matched ignoring case,
/// also with a plural <c>-s</c> or a possessive <c>'s</c>; entries of several words are matched as a whole phrase.
/// Titles ask through <see cref="CasingLexicon"/>, which knows the other word lists too.
/// </summary>
internal sealed class ProperNounList
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly Dictionary<string, List<string[]>> _phrasesByFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> _phrasesBySpan;

    public ProperNounList(IEnumerable<string> entries)
    {
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrasesBySpan = _phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var entry in entries)
        {
            var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                _words.Add(RemovePeriods(words[0]));
                continue;
            }
            for (var i = 0; i < words.Length; i++) words[i] = RemovePeriods(words[i]);
            if (!_phrasesByFirstWord.TryGetValue(words[0], out var list))
                _phrasesByFirstWord[words[0]] = list = [];
            list.Add(words);
        }
        foreach (var list in _phrasesByFirstWord.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>The entries of one word (periods removed).</summary>
    public IEnumerable<string> Words => _words;

    /// <summary>
    /// True when <paramref name="word"/> (one word or one hyphen segment) is a listed proper noun in one of its
    /// <see cref="WordForms"/>.
    /// </summary>
    public bool ContainsWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        if (_wordsBySpan.Contains(word)) return true;
        var stem = WithoutPossessive(word);
        if (stem.Length != word.Length && _wordsBySpan.Contains(stem)) return true;
        return stem.Length > 3 && (stem[^1] is 's' or 'S') && _wordsBySpan.Contains(stem[..^1]);
    }

    /// <summary>The first words of the phrases (periods removed).</summary>
    public IEnumerable<string> PhraseFirstWords => _phrasesByFirstWord.Keys;

    /// <summary>
    /// Every form of a single-word entry that <see cref="ContainsWord"/> accepts: the entry, its possessives (<c>'s</c>,
    /// <c>’s</c>, <c>'</c>, <c>’</c>) and, for an entry of three or more letters, its plural in <c>-s</c> and the plural's
    /// possessives.
    /// </summary>
    public IEnumerable<string> WordForms()
    {
        foreach (var word in _words)
        {
            foreach (var ending in FormEndings(word)) yield return word + ending;
        }
    }

    /// <summary>
    /// What <see cref="WordForms"/> adds to <paramref name="word"/>: nothing, a possessive, a plural <c>s</c> and the
    /// plural's possessives (the plural only for a word of three letters or more).
    /// </summary>
    public static IEnumerable<string> FormEndings(string word) => word.Length < 3 ? SingularEndings : AllEndings;

    private static readonly string[] SingularEndings = ["", "'s", "\u2019s", "'", "\u2019"];
    private static readonly string[] AllEndings = [.. SingularEndings, .. SingularEndings.Select(ending => "s" + ending)];

    /// <summary>
    /// The number of words of the longest listed phrase that starts at word <paramref name="start"/> of
    /// <paramref name="words"/>, ranges of <paramref name="text"/> (0 when none does). Periods are ignored, and the
    /// phrase's last word may carry a possessive.
    /// </summary>
    public int MatchPhrase(ReadOnlySpan<char> text, List<TitleWord> words, int start)
    {
        Span<char> buffer = stackalloc char[BufferLength];
        if (!_phrasesBySpan.TryGetValue(WithoutPeriods(Word(text, words[start]), buffer), out var phrases)) return 0;
        foreach (var phrase in phrases)
        {
            if (start + phrase.Length > words.Count) continue;
            var match = true;
            for (var i = 1; i < phrase.Length && match; i++)
            {
                var candidate = WithoutPeriods(Word(text, words[start + i]), buffer);
                match = candidate.Equals(phrase[i], StringComparison.OrdinalIgnoreCase)
                    || (i == phrase.Length - 1 && WithoutPossessive(candidate).Equals(phrase[i], StringComparison.OrdinalIgnoreCase));
            }
            if (match) return phrase.Length;
        }
        return 0;
    }

    private const int BufferLength = 128;

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, TitleWord word) => text[word.Start..word.End];

    // The word without its periods: itself when it has none, else copied into the buffer (or a new array when longer).
    private static ReadOnlySpan<char> WithoutPeriods(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOf('.') < 0) return word;
        var into = word.Length <= buffer.Length ? buffer : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c != '.') into[length++] = c;
        }
        return into[..length];
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '\u2019') return word[..^2];
        if (word.Length > 1 && word[^1] is '\'' or '\u2019') return word[..^1];
        return word;
    }

    private static string RemovePeriods(string word) => word.Contains('.') ? word.Replace(".", "") : word;
}
