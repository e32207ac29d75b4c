using System.Text;

namespace Formatter.Core.Text.Punctuation;

/// <summary>
/// Typographic quotation marks for data typed with straight ones (what citeproc-js does to every rendered value):
/// a matched pair of <c>"</c> becomes a quote span, so that it prints as <c>“…”</c>, or as <c>‘…’</c> inside another
/// quotation; a matched pair of <c>'</c> at word edges becomes <c>‘…’</c>; every other <c>'</c> is an apostrophe
/// <c>’</c> (<c>Afriat’s</c>, <c>’Til</c>). An unmatched <c>"</c> is left alone. Curly <c>“…”</c> pairs become quote
/// spans too, so that they turn inner inside a quoted title. Punctuation that the data put right after a closing quote
/// stays outside it (<c>‘доктор’, област</c>): an empty span stops the American move into the quotation marks, which
/// applies only to the punctuation a style adds. Link spans are never touched.
/// </summary>
public static class SmartQuotes
{
    /// <summary>The marked-up <paramref name="value"/> with typographic quotes and apostrophes.</summary>
    public static string Apply(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.IndexOfAny(['"', '\'', '\u201C']) < 0) return value;
        var visible = Visible(value);
        var replacements = new Dictionary<int, string>();
        PairDoubles(value, visible, replacements);
        PairSingles(value, visible, replacements);
        if (replacements.Count == 0) return value;
        var builder = new StringBuilder(value.Length + replacements.Count * 3);
        for (var i = 0; i < value.Length; i++)
            builder.Append(replacements.TryGetValue(i, out var text) ? text : value[i].ToString());
        return builder.ToString();
    }

    private static void PairDoubles(string value, List<int> visible, Dictionary<int, string> replacements)
    {
        var open = -1;
        for (var k = 0; k < visible.Count; k++)
        {
            var i = visible[k];
            var c = value[i];
            if (c is not ('"' or '\u201C' or '\u201D')) continue;
            if (open >= 0 && c != '\u201C' && (value[open] == '"') == (c == '"') && (c == '\u201D' || ClosesAt(value, visible, k)))
            {
                replacements[open] = Markup.Open + "q" + Markup.TagEnd;
                replacements[i] = k + 1 < visible.Count && value[visible[k + 1]] is '.' or ',' or ';' or ':'
                    ? Markup.Close + KeepOutside
                    : Markup.Close.ToString();
                open = -1;
            }
            else if (c == '\u201C' || (c == '"' && OpensAt(value, visible, k))) open = i;
        }
    }

    /// <summary>An empty span: nothing prints, but the punctuation after it is not moved into the quotation.</summary>
    private static readonly string KeepOutside = Markup.Open + "keep" + Markup.TagEnd + Markup.Close;

    private static void PairSingles(string value, List<int> visible, Dictionary<int, string> replacements)
    {
        var open = -1;
        for (var k = 0; k < visible.Count; k++)
        {
            var i = visible[k];
            if (value[i] != '\'') continue;
            replacements[i] = "\u2019";
            if (open < 0)
            {
                if (OpensAt(value, visible, k)) open = i;
            }
            else if (ClosesAt(value, visible, k) && !IsLetterOrDigit(value, visible, k + 1))
            {
                replacements[open] = "\u2018";
                open = -1;
            }
        }
    }

    /// <summary>At the start, or after a space or an opening bracket, and before a visible non-space character.</summary>
    private static bool OpensAt(string value, List<int> visible, int k)
    {
        var before = k == 0 ? ' ' : value[visible[k - 1]];
        var after = k + 1 < visible.Count ? value[visible[k + 1]] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '/' or '"' or '\'')
            && !char.IsWhiteSpace(after);
    }

    /// <summary>After a visible non-space character, and at the end or before a space or punctuation.</summary>
    private static bool ClosesAt(string value, List<int> visible, int k)
    {
        var before = k == 0 ? ' ' : value[visible[k - 1]];
        var after = k + 1 < visible.Count ? value[visible[k + 1]] : ' ';
        return !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after));
    }

    private static bool IsLetterOrDigit(string value, List<int> visible, int k) =>
        k < visible.Count && char.IsLetterOrDigit(value[visible[k]]);

    /// <summary>The indexes of the visible characters outside link spans.</summary>
    private static List<int> Visible(string value)
    {
        var result = new List<int>(value.Length);
        var stack = new List<bool>();
        var linkDepth = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == Markup.Open)
            {
                var tagEnd = value.IndexOf(Markup.TagEnd, i + 1);
                if (tagEnd < 0) break;
                var isLink = value.AsSpan(i + 1, tagEnd - i - 1).StartsWith("link");
                stack.Add(isLink);
                if (isLink) linkDepth++;
                i = tagEnd;
                continue;
            }
            if (c == Markup.Close)
            {
                if (stack.Count > 0)
                {
                    if (stack[^1]) linkDepth--;
                    stack.RemoveAt(stack.Count - 1);
                }
                continue;
            }
            if (linkDepth == 0) result.Add(i);
        }
        return result;
    }
}
