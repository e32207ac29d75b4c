using Formatter.Core.Text.Punctuation;

namespace Formatter.Core.Templating.Kit;

/// <summary>
/// Small text shapes for templates: <c>capitalize_first x</c> (the first visible letter upper-cased, <c>nocase</c> spans
/// kept), <c>issue_range x</c> (<c>1-2</c> → <c>1–2</c>, stored digits kept), <c>is_combined x</c> (a combined issue or
/// number such as <c>1-2</c>), <c>smart_quotes x</c> (straight quotes and apostrophes made typographic).
/// </summary>
internal sealed class ShapeKit
{
    public string CapitalizeFirst(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var visible = VisibleText.Parse(text);
        for (var i = 0; i < visible.Length; i++)
        {
            if (!char.IsLetter(visible[i])) continue;
            visible.Set(i, char.ToUpperInvariant(visible[i]));
            break;
        }
        return visible.ToString();
    }

    public string IssueRange(string? value) => Text.Pages.IssueRange.Format(value);

    public bool IsCombined(string? value) => Text.Pages.IssueRange.IsCombined(value);

    public string SmartQuotes(string? text) => Text.SmartQuotes.Convert(text);
}
