using System.Text;
using Formatter.Core.Locales;
using Formatter.Text;

namespace Formatter.Core.Text;

/// <summary>
/// The last step of rendering an entry: American punctuation moves inside closing quotation marks
/// (<c>“Relations.”</c>), the punctuation is cleaned (no doubled periods, no empty brackets) and the markup is
/// parsed into a <see cref="RichText"/> tree.
/// </summary>
internal static class EntryText
{
    /// <summary>Finishes template output.</summary>
    public static RichText Finish(string markup, QuoteMarks quotes, bool punctuationInQuote = true)
    {
        var text = markup.Trim();
        if (punctuationInQuote) text = MovePunctuationIntoQuotes(text);
        text = Punctuation.Punctuation.Clean(text);
        return MarkupParser.Parse(text, quotes);
    }

    /// <summary>Moves a period or comma that follows a quote span inside it; drops it after a ?, ! or period.</summary>
    public static string MovePunctuationIntoQuotes(string text)
    {
        if (text.IndexOf(Markup.Open) < 0) return text;
        var builder = new StringBuilder(text.Length);
        var tags = new Stack<bool>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == Markup.Open)
            {
                var end = text.IndexOf(Markup.TagEnd, i);
                if (end < 0) { builder.Append(text, i, text.Length - i); break; }
                tags.Push(end - i - 1 == 1 && text[i + 1] == 'q');
                builder.Append(text, i, end - i + 1);
                i = end + 1;
                continue;
            }
            if (c == Markup.Close && tags.Count > 0 && tags.Pop() && i + 1 < text.Length && text[i + 1] is '.' or ',')
            {
                var last = Markup.LastVisibleChar(builder.ToString());
                var mark = text[i + 1];
                if (!(last is '.' or '?' or '!' || (mark == ',' && last is ',' or ';' or ':')))
                    builder.Append(mark);
                builder.Append(c);
                i += 2;
                continue;
            }
            builder.Append(c);
            i++;
        }
        return builder.ToString();
    }
}
