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
        if (punctuationInQuote) text = Punctuation.Punctuation.MoveIntoQuotes(text);
        text = Punctuation.Punctuation.Clean(text);
        return MarkupParser.Parse(text, quotes);
    }
}
