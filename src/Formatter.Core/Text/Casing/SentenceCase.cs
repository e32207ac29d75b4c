using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Text.Casing;

/// <summary>
/// APA 7 sentence case for English titles (apa-7.md §4, §12). The first word of the title and of each subtitle (after
/// <c>:</c>, <c>—</c>, <c>?</c>, <c>!</c>) is capitalised. A title in headline case is lowered word by word, keeping
/// ALL-CAPS and mixed-case tokens, <c>I</c>, single capital letters other than <c>A</c>, listed proper nouns and a
/// capitalised word after an initial (<c>J. R. R. Tolkien</c>),
/// segment by segment across hyphens. A title that is already sentence-like keeps every other word as stored.
/// Markers, tags and <c>nocase</c> content are never changed.
/// </summary>
internal static class SentenceCase
{
    /// <summary>The title in sentence case; null and empty strings are returned as they are.</summary>
    public static string Apply(string value) => Apply(value, out _);

    /// <summary>
    /// The title in sentence case, and whether it looked like headline case before (what
    /// <see cref="LooksLikeHeadlineCase"/> tells), from one reading of the title.
    /// </summary>
    public static string Apply(string value, out bool lookedLikeHeadlineCase)
    {
        lookedLikeHeadlineCase = false;
        if (string.IsNullOrEmpty(value)) return value;
        using var text = VisibleText.Parse(value);
        var words = TitleWordScanner.Scan(text);
        if (words.Count == 0) return value;
        var phraseProtected = FindPhraseProtected(text, words);
        var headline = IsHeadline(text, words, phraseProtected);
        lookedLikeHeadlineCase = headline;

        var segments = new List<(int Start, int End)>(4);
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            // A title that is not in headline case only has the first word of each title and subtitle capitalised.
            if (word.IsOpaque || (!headline && !word.StartsTitle)) continue;
            TitleWordScanner.Segments(text, word, segments);
            // Whether the whole word is a proper noun is asked only of a capitalised segment that could be lowered.
            bool? keepWord = null;
            for (var j = 0; j < segments.Count; j++)
            {
                var (start, end) = segments[j];
                if (word.StartsTitle && j == 0)
                {
                    if (WordShapes.Of(text, start, end) is WordShape.Lower) WordShapes.CapitalizeFirst(text, start, end);
                    continue;
                }
                if (!headline || WordShapes.Of(text, start, end) is not WordShape.Capitalized) continue;
                keepWord ??= phraseProtected[k] || (word.Class & WordClass.ProperNoun) != 0 || FollowsInitial(text, words, k);
                if (keepWord.Value || IsKeptCapital(text, start, end)) continue;
                // A segment that is the whole word was asked about just above.
                if ((start != word.Start || end != word.End) && IsProperNoun(text, word, start, end)) continue;
                WordShapes.Lower(text, start, end);
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// True when the title looks like headline case: among the words that are not first in a title or subtitle, and are
    /// not acronyms, mixed-case, numeric, protected or listed proper nouns, more are capitalised than lower case
    /// (a capitalised minor word such as <c>Of</c> counts as capitalised). Callers may flag such titles for review.
    /// </summary>
    public static bool LooksLikeHeadlineCase(string value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        using var text = VisibleText.Parse(value);
        return IsHeadline(text, TitleWordScanner.Scan(text));
    }

    /// <summary>As <see cref="LooksLikeHeadlineCase"/> over a title already read, before any of it is changed.</summary>
    internal static bool IsHeadline(VisibleText text, List<TitleWord> words) => IsHeadline(text, words, FindPhraseProtected(text, words));

    private static bool IsHeadline(VisibleText text, List<TitleWord> words, bool[] phraseProtected)
    {
        var capitalized = 0;
        var lower = 0;
        var segments = new List<(int Start, int End)>(4);
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (word.IsOpaque || word.StartsTitle || phraseProtected[k]) continue;
            var (start, end) = TitleWordScanner.Segments(text, word, segments) is { Count: > 0 } ? segments[0] : (word.Start, word.End);
            if (WordShapes.IsProtected(text, start, end)) continue;
            var shape = WordShapes.Of(text, start, end);
            if (shape is WordShape.Lower)
            {
                if ((TitleWordScanner.ClassOf(text, word, start, end) & WordClass.Minor) == 0) lower++;
            }
            else if (shape is WordShape.Capitalized && end - start > 1 && !IsKeptCapital(text, start, end)
                     && !IsProperNoun(text, word, start, end))
            {
                capitalized++;
            }
        }
        return capitalized > lower;
    }

    private static bool IsProperNoun(VisibleText text, TitleWord word, int start, int end) =>
        (TitleWordScanner.ClassOf(text, word, start, end) & WordClass.ProperNoun) != 0;

    /// <summary>
    /// Whether word <paramref name="k"/> comes right after an initial (<c>J. R. R. Tolkien</c>, <c>Steven E. Runge</c>):
    /// a capitalised word there is a name.
    /// </summary>
    private static bool FollowsInitial(VisibleText text, List<TitleWord> words, int k)
    {
        if (k == 0) return false;
        var previous = words[k - 1];
        return previous.End - previous.Start == 1 && char.IsUpper(text[previous.Start]) && previous.End < text.Length && text[previous.End] == '.';
    }

    /// <summary><c>I</c>, <c>I’m</c> and single capital letters other than the article <c>A</c>.</summary>
    private static bool IsKeptCapital(VisibleText text, int start, int end)
    {
        var first = text[start];
        if (end - start == 1) return first != 'A';
        return first == 'I' && text[start + 1] is '\'' or '\u2019';
    }

    private static bool[] FindPhraseProtected(VisibleText text, List<TitleWord> words)
    {
        var result = new bool[words.Count];
        var chars = text.Chars;
        for (var k = 0; k < words.Count; k++)
        {
            // Only a word that starts a listed phrase can start a match; one with periods is asked too, as the list
            // matches it without them (U.S. → US).
            var word = words[k];
            if ((word.Class & WordClass.StartsPhrase) == 0 && !chars[word.Start..word.End].Contains('.')) continue;
            var length = CasingWordLists.ProperNouns.MatchPhrase(chars, words, k);
            for (var m = 0; m < length; m++) result[k + m] = true;
            if (length > 0) k += length - 1;
        }
        return result;
    }
}
