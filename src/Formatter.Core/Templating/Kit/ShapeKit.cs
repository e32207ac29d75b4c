using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Small text shapes for templates: <c>capitalize_first x</c> (the first visible letter upper-cased unless its word has
/// a capital inside, as <c>arXiv</c>, or a digit comes first, as <c>2-е изд.</c>; <c>nocase</c> spans kept), <c>issue_range x</c> (<c>1-2</c> → <c>1–2</c>, stored digits kept), <c>is_combined x</c> (a combined issue or
/// number such as <c>1-2</c>), <c>smart_quotes x</c> (straight quotes and apostrophes made typographic).
/// </summary>
internal sealed class ShapeKit
{
    public string CapitalizeFirst(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        using var visible = VisibleText.Parse(text);
        for (var i = 0; i < visible.Length; i++)
        {
            if (char.IsDigit(visible[i])) break;
            if (!char.IsLetter(visible[i])) continue;
            if (!HasInnerCapital(visible, i)) visible.Set(i, char.ToUpperInvariant(visible[i]));
            break;
        }
        return visible.ToString();
    }

    /// <summary>A word written with a capital after its first letter (<c>arXiv</c>, <c>eBay</c>) keeps its case.</summary>
    private static bool HasInnerCapital(VisibleText text, int start)
    {
        for (var i = start + 1; i < text.Length && char.IsLetter(text[i]); i++)
            if (char.IsUpper(text[i])) return true;
        return false;
    }

    public string IssueRange(string? value) => Text.Pages.IssueRange.Format(value);

    public bool IsCombined(string? value) => Text.Pages.IssueRange.IsCombined(value);

    public string SmartQuotes(string? text) => Text.SmartQuotes.Convert(text);
}
