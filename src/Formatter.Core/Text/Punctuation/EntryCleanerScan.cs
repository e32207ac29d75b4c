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
        var previousIsSpace = false;
        var seen = false;
        var spacedDash = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!IsSignificant(c))
            {
                // Other characters (letters mostly) break no rule: only the last of a run is looked back at. A run of
                // ASCII ones is passed over at once.
                var run = value.AsSpan(i + 1).IndexOfAnyExcept(OrdinaryAscii);
                i = run < 0 ? value.Length - 1 : i + run;
                previous = previousNonSpace = value[i];
                previousIsSpace = spacedDash = false;
                seen = true;
                continue;
            }
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                if (!seen || previousIsSpace) return true;
                previous = c;
                previousIsSpace = true;
                spacedDash = false;
                continue;
            }
            if (c == Markup.Open)
            {
                // A tag's text is not visible; a tag left open is for the full pass to judge.
                var tagEnd = value.IndexOf(Markup.TagEnd, i + 1);
                if (tagEnd < 0) return true;
                i = tagEnd;
                continue;
            }
            if (c is Markup.Close or Markup.TagEnd) continue;
            if (Deletable(c, previous, previousIsSpace, previousNonSpace)) return true;
            spacedDash = c is '\u2013' or '\u2014' && seen && previousIsSpace;
            seen = true;
            previous = previousNonSpace = c;
            previousIsSpace = false;
        }
        return seen && (previousIsSpace || spacedDash);
    }

    /// <summary>The whitespace characters (those <see cref="char.IsWhiteSpace(char)"/> accepts).</summary>
    internal const string Whitespace = "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    /// <summary>What a rule is about (whitespace, the marks deleted, dashes) and the markers.</summary>
    internal static readonly string SignificantCharacters = Whitespace + ",.)]\u2013\u2014" + Markup.Open + Markup.TagEnd + Markup.Close;

    // The ASCII characters no rule is about.
    private static readonly SearchValues<char> OrdinaryAscii =
        SearchValues.Create(string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !IsSignificant(c))));

    // Tab to carriage return, space, ')' , ',' and '.' as bits of the characters below 64.
    private const ulong SignificantBelow64 = 0b11111UL << '\t' | 1UL << ' ' | 1UL << ')' | 1UL << ',' | 1UL << '.';

    /// <summary>Whether <paramref name="c"/> is one of <see cref="SignificantCharacters"/>: a test checks every character.</summary>
    internal static bool IsSignificant(char c) => c switch
    {
        < '@' => (SignificantBelow64 >> c & 1) != 0,
        < '\u0080' => c == ']',
        < '\u2000' => c is '\u0085' or '\u00A0' or '\u1680',
        <= '\u3000' => c <= '\u200A' || c is '\u2013' or '\u2014' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000',
        _ => c is >= Markup.Open and <= Markup.Close,
    };

    private static bool Deletable(char c, char previous, bool previousIsSpace, char previousNonSpace) => c switch
    {
        ',' => previousIsSpace || previous == ',',
        '.' => previousIsSpace || MarkupScan.IsWeakMark(previous) || previous is '.' or '?' or '!',
        ')' => previousNonSpace == '(',
        ']' => previousNonSpace == '[',
        _ => false,
    };
}
