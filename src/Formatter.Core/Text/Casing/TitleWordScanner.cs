using System.Runtime.CompilerServices;
using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Text.Casing;

/// <summary>Splits the visible text of a title into <see cref="TitleWord"/>s and finds the subtitle boundaries.</summary>
internal static class TitleWordScanner
{
    /// <summary>The words of <paramref name="text"/> in order.</summary>
    public static List<TitleWord> Scan(VisibleText text)
    {
        // A word ends its title when it is the last one or the next one starts a subtitle: set when that word comes.
        var chars = text.Chars;
        var lexicon = CasingWordLists.Lexicon;
        var words = new List<TitleWord>(chars.Length / 4 + 1);
        var boundaryPending = true;
        var i = 0;
        while (i < chars.Length)
        {
            if (Is(chars[i], TitleCharKind.Space)) { i++; continue; }

            // The chunk up to the next whitespace, read once: whether it has a character an address needs is noted.
            var chunkEnd = i;
            var seen = TitleCharKind.None;
            TitleCharKind kind;
            while (chunkEnd < chars.Length && ((kind = KindOf(chars[chunkEnd])) & TitleCharKind.Space) == 0)
            {
                seen |= kind;
                chunkEnd++;
            }
            if ((seen & TitleCharKind.AddressMark) != 0 && IsOpaqueChunk(chars, i, chunkEnd))
            {
                Add(words, new TitleWord(i, chunkEnd, boundaryPending, false, true, WordClass.None));
                boundaryPending = false;
                i = chunkEnd;
                continue;
            }

            // Inside a whitespace chunk: runs of word characters are words, the rest is punctuation.
            while (i < chunkEnd)
            {
                if (!IsWordChar(chars, i))
                {
                    if (Is(chars[i], TitleCharKind.Boundary)) boundaryPending = true;
                    i++;
                    continue;
                }
                var runEnd = i + 1;
                while (runEnd < chunkEnd && IsWordChar(chars, runEnd)) runEnd++;
                var start = i;
                var end = runEnd;
                while (start < end && !Is(chars[start], TitleCharKind.LetterOrDigit)) start++;
                while (end > start && !Is(chars[end - 1], TitleCharKind.LetterOrDigit)) end--;
                if (end > start)
                {
                    Add(words, new TitleWord(start, end, boundaryPending, false, false, lexicon.Classify(chars[start..end])));
                    boundaryPending = IsLeadingNumber(chars, words, end, chunkEnd);
                }
                i = runEnd;
            }
        }

        if (words.Count > 0) words[^1] = words[^1] with { EndsTitle = true };
        return words;
    }

    /// <summary>
    /// Whether the word just added is a number leading the title, ended by a period and a space (<c>6. Results</c>,
    /// <c>1.2. Methods</c>, <c>Chapter 3. Methods</c>, <c>Part II. Data</c>): the words after it start a title of their own.
    /// </summary>
    private static bool IsLeadingNumber(ReadOnlySpan<char> chars, List<TitleWord> words, int end, int chunkEnd)
    {
        if (end + 1 != chunkEnd || chars[end] != '.' || words.Count > MaxLeadingWords) return false;
        var number = chars[words[^1].Start..end];
        // Digits, also in sections (`1.2.`), or a Roman number (`II.`).
        return (char.IsAsciiDigit(number[0]) && !number.ContainsAnyExcept(SectionDigits))
            || (number.Length <= 4 && !number.ContainsAnyExcept(RomanDigits));
    }

    // A number leads the title when it is one of its first words.
    private const int MaxLeadingWords = 3;
    private static readonly System.Buffers.SearchValues<char> SectionDigits = System.Buffers.SearchValues.Create("0123456789.");
    private static readonly System.Buffers.SearchValues<char> RomanDigits = System.Buffers.SearchValues.Create("IVXLC");

    private static void Add(List<TitleWord> words, TitleWord word)
    {
        if (word.StartsTitle && words.Count > 0) words[^1] = words[^1] with { EndsTitle = true };
        words.Add(word);
    }

    /// <summary>The visible text of a range.</summary>
    public static string TextOf(VisibleText text, int start, int end) => end <= start ? "" : new string(text.Chars[start..end]);

    /// <summary>
    /// What the word lists say of a range of <paramref name="word"/>: the word's own class when the range is the whole
    /// word, else looked up.
    /// </summary>
    public static WordClass ClassOf(VisibleText text, TitleWord word, int start, int end) =>
        start == word.Start && end == word.End ? word.Class : CasingWordLists.Lexicon.Classify(text.Chars[start..end]);

    /// <summary>
    /// The hyphen segments of a word (<c>NATO-Russia</c> → <c>NATO</c>, <c>Russia</c>): split at hyphens, en dashes
    /// and slashes; <paramref name="segments"/> is cleared and filled (callers reuse one list for all words).
    /// </summary>
    public static List<(int Start, int End)> Segments(VisibleText text, TitleWord word, List<(int Start, int End)> segments)
    {
        segments.Clear();
        var chars = text.Chars;
        var start = word.Start;
        for (var i = word.Start; i <= word.End; i++)
        {
            if (i < word.End && !IsSegmentSeparator(chars[i])) continue;
            var s = start;
            var e = i;
            while (s < e && !char.IsLetterOrDigit(chars[s])) s++;
            while (e > s && !char.IsLetterOrDigit(chars[e - 1])) e--;
            if (e > s) segments.Add((s, e));
            start = i + 1;
        }
        return segments;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSegmentSeparator(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013' or '/';

    /// <summary>A word character; a closing bracket between two letters joins them (<c>(re)reading</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(ReadOnlySpan<char> chars, int index)
    {
        var c = chars[index];
        if (c is ')' or ']')
            return index > 0 && index + 1 < chars.Length && char.IsLetter(chars[index - 1]) && char.IsLetter(chars[index + 1]);
        return Is(c, TitleCharKind.Word);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Is(char c, TitleCharKind kind) => (KindOf(c) & kind) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TitleCharKind KindOf(char c) => c < '\u0080' ? AsciiKinds[c] : ComputeKind(c);

    // What each ASCII character is, looked up at once; other characters are asked each time.
    private static readonly TitleCharKind[] AsciiKinds = Enumerable.Range(0, 128).Select(c => ComputeKind((char)c)).ToArray();

    private static TitleCharKind ComputeKind(char c)
    {
        var kind = TitleCharKind.None;
        if (char.IsWhiteSpace(c)) kind |= TitleCharKind.Space;
        if (char.IsLetterOrDigit(c)) kind |= TitleCharKind.LetterOrDigit | TitleCharKind.Word;
        if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            || c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '\u2013' or '/' or '.' or '&' or '_')
            kind |= TitleCharKind.Word;
        if (c is ':' or '?' or '!' or '\u2014') kind |= TitleCharKind.Boundary;
        if (c is '@' or ':' or '.') kind |= TitleCharKind.AddressMark;
        return kind;
    }

    private static bool IsOpaqueChunk(ReadOnlySpan<char> text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '@' && i > start && i < end - 1) return true;
            if (c == ':' && i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/') return true;
            if ((c is 'w' or 'W') && i + 3 < end && (text[i + 1] is 'w' or 'W') && (text[i + 2] is 'w' or 'W') && text[i + 3] == '.'
                && (i == start || !char.IsLetter(text[i - 1])))
                return true;
        }
        return false;
    }
}
