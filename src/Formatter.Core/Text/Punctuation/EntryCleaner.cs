using System.Buffers;
using System.Text;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// The final clean-up of a whole entry, working on the visible characters through markers. Only visible characters
/// are ever removed (markers and tags stay), and spans left without content are dropped. URLs (tokens with
/// <c>://</c> or starting <c>www.</c>) and <c>link</c> span content are never changed. An entry goes through the full
/// pass only when <see cref="EntryCleanerScan"/> finds something a rule deletes: a new rule needs its case there too
/// (and its characters in <c>EntryCleanerScanTests</c>, whose generated entries check the two against each other).
/// </summary>
internal static class EntryCleaner
{
    public static string Clean(string? entry)
    {
        if (string.IsNullOrEmpty(entry)) return "";
        var current = entry;
        for (var pass = 0; pass < 3; pass++)
        {
            var next = RemoveEmptySpans(Pass(current));
            if (ReferenceEquals(next, current)) break;
            current = next;
        }
        return current;
    }

    private static string Pass(string value) => EntryCleanerScan.MayChange(value) ? FullPass(value) : value;

    /// <summary>One pass over the view of <paramref name="value"/> (what <see cref="Pass(string)"/> does when the scan finds something).</summary>
    internal static string FullPass(string value)
    {
        using var text = VisibleText.Parse(value, protectedTag: "link");
        var fixedChars = FindFixedChars(text);
        try
        {
            return Pass(value, text, fixedChars);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(fixedChars);
        }
    }

    private static string Pass(string value, VisibleText text, bool[] fixedChars)
    {
        var n = text.Length;
        using var state = new CleanState(text, fixedChars);
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (fixedChars[i]) { state.Keep(i); continue; }
            if (char.IsWhiteSpace(c))
            {
                if (state.Count == 0) state.Delete(i);
                else if (!char.IsWhiteSpace(state.Last)) state.Keep(i);
                else if (state.LastIsFixed || !ClosesBetween(value, text.Position(state.LastIndex), text.Position(i))) state.Delete(i);
                else
                {
                    // Keep the space outside the span that closes in between: "Title \uE002 Next" → "Title\uE002 Next".
                    state.PopWhitespace();
                    state.Keep(i);
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    state.PopWhitespace();
                    if (state.Last == ',') { state.Delete(i); continue; }
                    break;
                case '.':
                    var run = PeriodRun(text, i, fixedChars);
                    if (run >= 3 || IsSpacedEllipsis(text, i))
                    {
                        var length = run >= 3 ? run : 5;
                        for (var k = 0; k < length; k++) state.Keep(i + k);
                        i += length - 1;
                        continue;
                    }
                    state.PopWhitespaceAndWeakMarks();
                    if (state.Last is '.' or '?' or '!') { state.Delete(i); continue; }
                    break;
                case '(' or '[':
                    var close = c == '(' ? ')' : ']';
                    var j = i + 1;
                    while (j < n && char.IsWhiteSpace(text[j]) && !fixedChars[j]) j++;
                    if (j < n && text[j] == close && !fixedChars[j])
                    {
                        for (var k = i; k <= j; k++) state.Delete(k);
                        i = j;
                        continue;
                    }
                    break;
                case '\u2013' or '\u2014':
                    if (state.Count > 0 && char.IsWhiteSpace(state.Last) && (i + 1 == n || char.IsWhiteSpace(text[i + 1])))
                    {
                        var next = i + 1;
                        while (next < n && char.IsWhiteSpace(text[next]) && !fixedChars[next]) next++;
                        if (next == n || (text[next] == '.' && !fixedChars[next]))
                        {
                            // A separator with nothing after it (". – ." or a dangling ". – " at the end).
                            state.PopWhitespace();
                            for (var k = i; k < next; k++) state.Delete(k);
                            i = next - 1;
                            continue;
                        }
                    }
                    break;
            }
            state.Keep(i);
        }
        state.PopWhitespace();
        return state.HasDeletions ? state.Build(value) : value;
    }

    private static bool ClosesBetween(string value, int from, int to) =>
        value.AsSpan(from + 1, to - from - 1).Contains(Markup.Close);

    /// <summary>
    /// Visible characters that cleaning never touches: URL tokens (their trailing punctuation excepted) and link content.
    /// The array is rented from the shared pool (it may be longer than the text); the caller returns it.
    /// </summary>
    private static bool[] FindFixedChars(VisibleText text)
    {
        var n = text.Length;
        var result = ArrayPool<bool>.Shared.Rent(Math.Max(n, 1));
        Array.Clear(result, 0, n);
        var i = 0;
        while (i < n)
        {
            if (text.IsProtected(i)) { result[i] = true; i++; continue; }
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var end = i;
            while (end < n && !char.IsWhiteSpace(text[end])) end++;
            if (IsUrlToken(text, i, end))
            {
                var last = end;
                while (last > i && text[last - 1] is '.' or ',' or ';' or ':') last--;
                for (var k = i; k < last; k++) result[k] = true;
            }
            i = end;
        }
        return result;
    }

    private static bool IsUrlToken(VisibleText text, int start, int end)
    {
        if (end - start >= 4 && text[start] is 'w' or 'W' && text[start + 1] is 'w' or 'W' && text[start + 2] is 'w' or 'W' && text[start + 3] == '.')
            return true;
        for (var k = start; k + 2 < end; k++)
            if (text[k] == ':' && text[k + 1] == '/' && text[k + 2] == '/') return true;
        return false;
    }

    private static int PeriodRun(VisibleText text, int start, bool[] fixedChars)
    {
        var end = start;
        while (end < text.Length && text[end] == '.' && !fixedChars[end]) end++;
        return end - start;
    }

    /// <summary>The spaced ellipsis <c>. . .</c> starts at <paramref name="i"/>.</summary>
    private static bool IsSpacedEllipsis(VisibleText text, int i) =>
        i + 4 < text.Length && text[i + 1] == ' ' && text[i + 2] == '.' && text[i + 3] == ' ' && text[i + 4] == '.';

    // What a span with nothing between its tag and its close ends with.
    private static readonly string EmptySpanEnd = string.Concat(Markup.TagEnd.ToString(), Markup.Close.ToString());

    /// <summary>Removes spans that have no content at all (<c>Open tag TagEnd Close</c>), innermost first.</summary>
    private static string RemoveEmptySpans(string value)
    {
        var empty = EmptySpanEnd;
        var index = value.IndexOf(empty, StringComparison.Ordinal);
        if (index < 0) return value;
        var builder = new StringBuilder(value);
        while (index >= 0)
        {
            var open = builder.ToString(0, index).LastIndexOf(Markup.Open);
            if (open < 0) break;
            builder.Remove(open, index + 2 - open);
            index = builder.ToString().IndexOf(empty, StringComparison.Ordinal);
        }
        return builder.ToString();
    }
}
