namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// A period a catalogue ended a title with (<c>Housing costs.</c>) is not the title's own: styles that follow the title
/// with their punctuation (APA's <c>(4th ed.)</c>, GOST's <c> / </c>) drop it. A period after a word of three letters or
/// fewer, after a capital (<c>etc.</c>, <c>Inc.</c>, <c>U.S.</c>), or after a longer abbreviation of a title's own words
/// (<c>approx.</c>, <c>suppl.</c>, <c>испр.</c>) ends an abbreviation and stays.
/// </summary>
internal static class FinalPeriod
{
    private const int MinWordLength = 4;

    // Abbreviations of four letters or more that end titles and edition statements (English, Russian).
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "approx", "suppl", "trans", "transl", "vols", "illus", "repr", "publ", "dept", "univ", "assn", "corp", "compl",
        "испр", "перераб", "доп", "сост", "науч", "перев", "коммент", "расш", "вып", "прил",
    };

    /// <summary><paramref name="text"/> without a final period that follows a lower-case word of four letters or more.</summary>
    public static string Drop(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var end = text.Length - 1;
        if (end < MinWordLength || text[end] != '.') return text;
        for (var i = 1; i <= MinWordLength; i++)
            if (!char.IsLower(text[end - i])) return text;
        var start = end - MinWordLength;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return Abbreviations.Contains(text[start..end].ToLowerInvariant()) ? text : text[..end];
    }
}
