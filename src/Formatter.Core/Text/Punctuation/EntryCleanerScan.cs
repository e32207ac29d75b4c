using System.Buffers;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// A quick look through an entry's visible characters for anything <see cref="EntryCleaner"/> could delete: whitespace
/// at either end or after whitespace, a comma after whitespace or a comma, a period after whitespace, a weak mark or an
/// end mark, brackets holding nothing but whitespace, a spaced dash at the very end. Most entries have none; they are
/// left as they are without building their view. A yes only sends the entry through the cleaner's full pass.
/// </summary>
internal static class EntryCleanerScan
{
    public static bool MayChange(string value)
    {
        var previous = '\0';
        var previousNonSpace = '\0';
        var seen = false;
        var spacedDash = false;
        for (var i = 0; i < value.Length; i++)
        {
            // A run of other characters (letters mostly) breaks no rule; only its last character is looked back at.
            var run = value.AsSpan(i).IndexOfAny(Significant);
            if (run != 0)
            {
                if (run < 0) run = value.Length - i;
                i += run;
                previous = previousNonSpace = value[i - 1];
                seen = true;
                spacedDash = false;
                if (i == value.Length) break;
            }
            var c = value[i];
            if (c == Markup.Open)
            {
                // A tag's text is not visible; a tag left open is for the full pass to judge.
                var tagEnd = value.IndexOf(Markup.TagEnd, i + 1);
                if (tagEnd < 0) return true;
                i = tagEnd;
                continue;
            }
            if (c is Markup.Close or Markup.TagEnd) continue;
            var space = char.IsWhiteSpace(c);
            if (space ? !seen || char.IsWhiteSpace(previous) : Deletable(c, previous, previousNonSpace)) return true;
            spacedDash = c is '\u2013' or '\u2014' && seen && char.IsWhiteSpace(previous);
            seen = true;
            previous = c;
            if (!space) previousNonSpace = c;
        }
        return seen && (char.IsWhiteSpace(previous) || spacedDash);
    }

    /// <summary>The whitespace characters (those <see cref="char.IsWhiteSpace(char)"/> accepts).</summary>
    internal const string Whitespace = "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    // What a rule is about (whitespace, the marks deleted, dashes) and the markers.
    private static readonly SearchValues<char> Significant =
        SearchValues.Create(Whitespace + ",.)]\u2013\u2014" + Markup.Open + Markup.TagEnd + Markup.Close);

    private static bool Deletable(char c, char previous, char previousNonSpace) => c switch
    {
        ',' => char.IsWhiteSpace(previous) || previous == ',',
        '.' => char.IsWhiteSpace(previous) || MarkupScan.IsWeakMark(previous) || previous is '.' or '?' or '!',
        ')' => previousNonSpace == '(',
        ']' => previousNonSpace == '[',
        _ => false,
    };
}
