using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Text.Casing;

/// <summary>
/// Chicago 17 headline case for English titles (CMOS 8.159, 8.161; chicago-17.md §3, §11). The first and last word of
/// the title and of each subtitle are capitalised; articles, <c>and but or for nor</c>, <c>to</c>, <c>as</c> and
/// prepositions are lowered; every other word gets a capital first letter. In a hyphenated compound the first part is
/// always capitalised, later parts unless minor, the last part always; after a prefix such as <c>anti-</c> the next part
/// keeps its stored case. Words are only ever capitalised at the first letter: ALL-CAPS, mixed-case and numeric tokens,
/// URLs, markers, tags and <c>nocase</c> content are never changed.
/// </summary>
public static class HeadlineCase
{
    /// <summary>The title in headline case; null and empty strings are returned as they are.</summary>
    public static string Apply(string value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var text = VisibleText.Parse(value);
        foreach (var word in TitleWordScanner.Scan(text))
        {
            if (word.IsOpaque) continue;
            var segments = TitleWordScanner.Segments(text, word);
            for (var j = 0; j < segments.Count; j++)
            {
                var (start, end) = segments[j];
                var shape = WordShapes.Of(text, start, end);
                if (shape is not (WordShape.Lower or WordShape.Capitalized)) continue;
                if (ShouldCapitalize(text, word, segments, j)) WordShapes.CapitalizeFirst(text, start, end);
                else if (j > 0 && IsAfterPrefix(text, segments)) continue;
                else WordShapes.Lower(text, start, end);
            }
        }
        return text.ToString();
    }

    private static bool ShouldCapitalize(VisibleText text, TitleWord word, List<(int Start, int End)> segments, int index)
    {
        var (start, end) = segments[index];
        var isMinor = CasingWordLists.MinorWords.Contains(TitleWordScanner.TextOf(text, start, end));
        if (index == 0)
            return word.StartsTitle || !isMinor || segments.Count > 1 || word.EndsTitle;
        if (IsAfterPrefix(text, segments)) return false;
        return index == segments.Count - 1 || !isMinor;
    }

    /// <summary>True when the first part of the compound is a prefix that cannot stand alone (<c>anti</c>, <c>pre</c>).</summary>
    private static bool IsAfterPrefix(VisibleText text, List<(int Start, int End)> segments) =>
        CasingWordLists.HyphenPrefixes.Contains(TitleWordScanner.TextOf(text, segments[0].Start, segments[0].End));
}
