using System.Net;
using System.Text.RegularExpressions;

namespace Formatter.Conformance;

/// <summary>
/// Brings citeproc-js HTML and ours to one form before comparing: the entry wrapper and left-margin labels removed,
/// links unwrapped (citeproc-js prints URLs as text, we link them), entities decoded, small caps spelled one way.
/// What remains is the formatting intent: italics, bold, super/subscript, small caps.
/// </summary>
public static partial class HtmlCanonicalizer
{
    public static string Canonical(string html)
    {
        var text = html.Trim();
        text = LeftMargin().Replace(text, "");
        text = EntryWrapper().Replace(text, "");
        text = Anchor().Replace(text, "");
        text = SmallCaps().Replace(text, "<sc>");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("""</?div[^>]*>""")]
    private static partial Regex EntryWrapper();

    [GeneratedRegex("""<(span|div) class="csl-left-margin">[^<]*</(span|div)>""")]
    private static partial Regex LeftMargin();

    [GeneratedRegex("""</?a( [^>]*)?>""")]
    private static partial Regex Anchor();

    [GeneratedRegex("""<span style="font-variant: ?small-caps;?">""")]
    private static partial Regex SmallCaps();

    [GeneratedRegex("""\s+""")]
    private static partial Regex Whitespace();
}
