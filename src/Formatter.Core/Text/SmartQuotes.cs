using System.Text;

namespace Formatter.Core.Text;

/// <summary>
/// Typographic quotation marks in data values, as citeproc-js treats them: paired straight double quotes
/// (<c>"x"</c>), paired curly double quotes (<c>“x”</c>) and paired straight single quotes (<c>'x'</c>) become
/// <c>q</c> spans, so that they take the list's quotation marks (alternating with nesting) and a following period or
/// comma moves inside them; every other straight apostrophe becomes <c>’</c> (<c>Gray's</c>, <c>'Til</c>,
/// <c>CSAE '18</c>). A period or comma that follows a quotation in the data stays outside it (only the list's own
/// punctuation moves inside). Unpaired double quotes, curly single quotes and other marks (<c>„x“</c>, <c>«x»</c>) stay as
/// stored. Markers already in the value are kept.
/// </summary>
internal static class SmartQuotes
{
    /// <summary>The value with its quotation marks converted; null or empty gives "".</summary>
    public static string Convert(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.AsSpan().IndexOfAny('"', '\'', '\u201C') < 0) return value;
        var opens = new Dictionary<int, int>();
        PairDoubleQuotes(value, opens);
        PairCurlyQuotes(value, opens);
        PairSingleQuotes(value, opens);
        var closes = new HashSet<int>(opens.Values);
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (opens.ContainsKey(i)) builder.Append(Markup.Open).Append('q').Append(Markup.TagEnd);
            else if (closes.Contains(i))
            {
                builder.Append(Markup.Close);
                if (i + 1 < value.Length && value[i + 1] is ',' or '.')
                {
                    // The data's own punctuation after a quotation stays where it is: a nocase span keeps the
                    // list's quote-punctuation rule (which moves a following period or comma inside) away from it.
                    builder.Append(Markup.Wrap("nocase", value[i + 1].ToString()));
                    i++;
                }
            }
            else builder.Append(c == '\'' ? '\u2019' : c);
        }
        return builder.ToString();
    }

    /// <summary>Straight double quotes pair up in order, but only when their number is even.</summary>
    private static void PairDoubleQuotes(string value, Dictionary<int, int> opens)
    {
        var positions = new List<int>();
        for (var i = 0; i < value.Length; i++) if (value[i] == '"') positions.Add(i);
        if (positions.Count == 0 || positions.Count % 2 != 0) return;
        for (var k = 0; k < positions.Count; k += 2) opens[positions[k]] = positions[k + 1];
    }

    /// <summary>Curly double quotes pair when every <c>“</c> has a later <c>”</c> at the same depth.</summary>
    private static void PairCurlyQuotes(string value, Dictionary<int, int> opens)
    {
        var stack = new Stack<int>();
        var pairs = new List<(int, int)>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\u201C') stack.Push(i);
            else if (value[i] == '\u201D')
            {
                if (stack.Count == 0) return;
                pairs.Add((stack.Pop(), i));
            }
        }
        if (stack.Count > 0) return;
        foreach (var (open, close) in pairs) opens[open] = close;
    }

    /// <summary>
    /// A straight single quote opens when it starts a word (start, space or opening bracket before it, a letter or
    /// digit after) and closes at the next quote that ends a word (not followed by a letter or digit).
    /// </summary>
    private static void PairSingleQuotes(string value, Dictionary<int, int> opens)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] != '\'' || !StartsWord(value, i))
            {
                i++;
                continue;
            }
            var close = -1;
            for (var j = i + 2; j < value.Length; j++)
            {
                if (value[j] != '\'' || !EndsWord(value, j)) continue;
                close = j;
                break;
            }
            if (close < 0)
            {
                i++;
                continue;
            }
            opens[i] = close;
            i = close + 1;
        }
    }

    private static bool StartsWord(string value, int i) =>
        (i == 0 || char.IsWhiteSpace(value[i - 1]) || value[i - 1] is '(' or '[' or '\u2014' || Markup.IsMarker(value[i - 1]))
        && i + 1 < value.Length && char.IsLetter(value[i + 1]);

    private static bool EndsWord(string value, int j) =>
        !char.IsWhiteSpace(value[j - 1])
        && (j + 1 == value.Length || !char.IsLetterOrDigit(value[j + 1]));
}
