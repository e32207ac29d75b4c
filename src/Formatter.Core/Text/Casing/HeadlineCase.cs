using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Text.Casing;

/// <summary>
/// Chicago 17 headline case for English titles (CMOS 8.159; chicago-17.md §3, §11). The first and last word of the title
/// and of each subtitle (after <c>: ? ! —</c>) are capitalised; articles, <c>and but or for nor</c>,
/// <c>to</c>, <c>as</c> and prepositions are lowered; every other word gets a capital first letter. In a hyphenated
/// compound the first part is always capitalised, later parts unless minor, and the last part always (§11:
/// <c>Bottom-Up</c>, <c>Non-Healthcare</c>). Words are only ever capitalised at the first letter: ALL-CAPS, mixed-case
/// and numeric tokens, URLs, markers, tags, <c>nocase</c> content and capitalised italics inside the title (species,
/// titles within titles: <c>Escherichia coli</c>) are never changed. A title stored in sentence style
/// keeps a capitalised minor word as it is (<c>trial in The Hague</c>): there the capital marks a name; so does a minor
/// word after a dash between spaces (<c>Andrew Sullivan - The Dish</c>) or after the period that ends a sentence
/// (<c>Society. From January 1863</c>). Entity and tag names stored as text (<c>&amp;agr;</c>) keep their case. An elided article (<c>l’analyse</c>,
/// <c>d’un</c>) keeps its lower case.
/// </summary>
internal static class HeadlineCase
{
    /// <summary>The title in headline case; null and empty strings are returned as they are.</summary>
    public static string Apply(string value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var marked = ProtectCapitalizedItalics(value);
        using var text = VisibleText.Parse(marked);
        var words = TitleWordScanner.Scan(text);
        // Read from the title as stored; without italics to protect, the text just read is that title.
        var keepCapitalMinors = ReferenceEquals(marked, value) ? !SentenceCase.IsHeadline(text, words) : !SentenceCase.LooksLikeHeadlineCase(value);
        var segments = new List<(int Start, int End)>(4);
        foreach (var word in words)
        {
            if (word.IsOpaque) continue;
            var keepCapital = keepCapitalMinors || FollowsSpacedDash(text, word.Start) || FollowsSentenceEnd(text, word.Start);
            if (!word.StartsTitle && IsElidedArticle(text, word)) continue;
            TitleWordScanner.Segments(text, word, segments);
            for (var j = 0; j < segments.Count; j++)
            {
                var (start, end) = segments[j];
                var shape = WordShapes.Of(text, start, end);
                if (shape is not (WordShape.Lower or WordShape.Capitalized) || IsMarkupName(text, start)) continue;
                if (!word.StartsTitle && IsKeptLowerCase(text, segments, j, shape)) continue;
                if (ShouldCapitalize(text, word, segments, j)) WordShapes.CapitalizeFirst(text, start, end);
                else if (shape is WordShape.Capitalized && keepCapital) continue;
                else WordShapes.Lower(text, start, end);
            }
        }
        return marked.Length == value.Length ? text.ToString() : text.ToString().Replace(KeepOpen, "", StringComparison.Ordinal).Replace(KeepClose, "", StringComparison.Ordinal);
    }

    private static readonly string KeepOpen = Markup.Open + "nocase" + Markup.TagEnd + "\u200B";
    private static readonly string KeepClose = "\u200B" + Markup.Close;

    /// <summary>
    /// Wraps the content of each italic span that has a capital letter (<c>Escherichia coli</c>, <c>The Sunday Leader</c>)
    /// in a temporary <c>nocase</c> span: a deliberately capitalised name or title within the title keeps its case. An
    /// all-lower-case italic title is cased like the rest.
    /// </summary>
    private static string ProtectCapitalizedItalics(string value)
    {
        var italicOpen = Markup.Open + "i" + Markup.TagEnd;
        if (!value.Contains(italicOpen, StringComparison.Ordinal)) return value;
        var builder = new System.Text.StringBuilder(value.Length + 32);
        var i = 0;
        while (i < value.Length)
        {
            var start = value.IndexOf(italicOpen, i, StringComparison.Ordinal);
            if (start < 0) break;
            var contentStart = start + italicOpen.Length;
            var end = MatchingClose(value, contentStart);
            builder.Append(value, i, contentStart - i);
            var content = value[contentStart..end];
            if (Markup.Strip(content).Any(char.IsUpper)) builder.Append(KeepOpen).Append(content).Append(KeepClose);
            else builder.Append(content);
            i = end;
        }
        builder.Append(value, i, value.Length - i);
        return builder.ToString();
    }

    private static int MatchingClose(string value, int from)
    {
        var depth = 0;
        for (var i = from; i < value.Length; i++)
        {
            if (value[i] == Markup.Open) depth++;
            else if (value[i] == Markup.Close)
            {
                if (depth == 0) return i;
                depth--;
            }
        }
        return value.Length;
    }

    private static bool ShouldCapitalize(VisibleText text, TitleWord word, List<(int Start, int End)> segments, int index)
    {
        var (start, end) = segments[index];
        var isMinor = (TitleWordScanner.ClassOf(text, word, start, end) & WordClass.Minor) != 0;
        if (index == 0)
            return word.StartsTitle || !isMinor || segments.Count > 1 || word.EndsTitle;
        return index == segments.Count - 1 || !isMinor;
    }

    /// <summary>
    /// Lower-case words that are no English words and keep their case inside a title: a single letter (the conjunctions
    /// <c>y</c>, <c>e</c> of Spanish, Portuguese and Italian titles), and the Arabic article <c>al-</c> before a
    /// capitalised name (<c>al-Karim</c>).
    /// </summary>
    private static bool IsKeptLowerCase(VisibleText text, List<(int Start, int End)> segments, int index, WordShape shape)
    {
        if (shape != WordShape.Lower) return false;
        var (start, end) = segments[index];
        if (segments.Count == 1 && end - start == 1) return true;
        return index == 0 && segments.Count > 1 && TitleWordScanner.TextOf(text, start, end) is "al" or "el"
            && char.IsUpper(text[segments[1].Start]);
    }

    /// <summary>A lower-case elided article or preposition: <c>l’analyse</c>, <c>d’un</c>.</summary>
    private static bool IsElidedArticle(VisibleText text, TitleWord word) =>
        word.End - word.Start > 2 && char.IsLower(text[word.Start]) && text[word.Start + 1] is '\'' or '\u2019';

    /// <summary>
    /// True when a sentence ends right before <paramref name="start"/> (a period and a space, as in
    /// <c>Society. From January 1863</c>): a capitalised minor word there starts a sentence and keeps its capital.
    /// </summary>
    private static bool FollowsSentenceEnd(VisibleText text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (text[i] is '“' or '‘' or '"' or '(')) i--;
        if (i < 1 || !char.IsWhiteSpace(text[i])) return false;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 && text[i] == '.';
    }

    /// <summary>
    /// The name of a character entity or tag stored as text (<c>&amp;agr;</c>, <c>&lt;br /&gt;</c>): not a word, kept
    /// as it is.
    /// </summary>
    private static bool IsMarkupName(VisibleText text, int start) => start > 0 && text[start - 1] is '&' or '<';

    /// <summary>True when a dash standing alone between spaces comes right before <paramref name="start"/>.</summary>
    private static bool FollowsSpacedDash(VisibleText text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '“' or '‘' or '"' or '(')) i--;
        return i >= 1 && text[i] is '-' or '\u2013' or '\u2014' && char.IsWhiteSpace(text[i - 1]);
    }
}
