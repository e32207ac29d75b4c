namespace Formatter.Core.Readers.BibTex;

/// <summary>Font and wrapper commands: the CSL rich-text tags they become (empty: the text only, no tag).</summary>
internal static class LatexFontCommands
{
    /// <summary>The CSL-JSON markup of small caps, as citeproc-js writes it.</summary>
    public const string SmallCapsOpen = "<span style=\"font-variant:small-caps;\">";

    /// <summary>The CSL-JSON markup protecting text from case changes.</summary>
    public const string NoCaseOpen = "<span class=\"nocase\">";

    /// <summary>Commands with one argument: <c>\textit{…}</c> → (<c>&lt;i&gt;</c>, <c>&lt;/i&gt;</c>).</summary>
    public static readonly IReadOnlyDictionary<string, (string Open, string Close)> WithArgument =
        new Dictionary<string, (string Open, string Close)>(StringComparer.Ordinal)
        {
            ["textit"] = ("<i>", "</i>"), ["emph"] = ("<i>", "</i>"), ["textsl"] = ("<i>", "</i>"), ["mathit"] = ("<i>", "</i>"),
            ["textbf"] = ("<b>", "</b>"), ["mathbf"] = ("<b>", "</b>"), ["textsc"] = (SmallCapsOpen, "</span>"),
            ["textsuperscript"] = ("<sup>", "</sup>"), ["textsubscript"] = ("<sub>", "</sub>"),
            ["textrm"] = ("", ""), ["textsf"] = ("", ""), ["texttt"] = ("", ""), ["textnormal"] = ("", ""),
            ["textup"] = ("", ""), ["textmd"] = ("", ""), ["mbox"] = ("", ""), ["hbox"] = ("", ""), ["text"] = ("", ""),
            ["mathrm"] = ("", ""), ["mathsf"] = ("", ""), ["mathtt"] = ("", ""), ["mathbb"] = ("", ""),
            ["mathcal"] = ("", ""), ["operatorname"] = ("", ""), ["underline"] = ("", ""), ["uline"] = ("", ""),
            ["ensuremath"] = ("", ""), ["NoCaseChange"] = ("", ""), ["MakeUppercase"] = ("", ""), ["MakeLowercase"] = ("", ""),
            ["enquote"] = ("“", "”"),
        };

    /// <summary>Declarations that change the font up to the end of their group: <c>{\it …}</c>.</summary>
    public static readonly IReadOnlyDictionary<string, (string Open, string Close)> Declarations =
        new Dictionary<string, (string Open, string Close)>(StringComparer.Ordinal)
        {
            ["it"] = ("<i>", "</i>"), ["itshape"] = ("<i>", "</i>"), ["em"] = ("<i>", "</i>"), ["sl"] = ("<i>", "</i>"),
            ["slshape"] = ("<i>", "</i>"), ["bf"] = ("<b>", "</b>"), ["bfseries"] = ("<b>", "</b>"),
            ["sc"] = (SmallCapsOpen, "</span>"), ["scshape"] = (SmallCapsOpen, "</span>"), ["rm"] = ("", ""),
            ["sf"] = ("", ""), ["tt"] = ("", ""), ["normalfont"] = ("", ""), ["upshape"] = ("", ""), ["mdseries"] = ("", ""),
            ["rmfamily"] = ("", ""), ["sffamily"] = ("", ""), ["ttfamily"] = ("", ""), ["small"] = ("", ""),
            ["footnotesize"] = ("", ""), ["large"] = ("", ""), ["Large"] = ("", ""), ["relax"] = ("", ""),
            ["protect"] = ("", ""), ["displaystyle"] = ("", ""), ["scriptsize"] = ("", ""), ["normalsize"] = ("", ""),
        };

    /// <summary>Commands whose one argument is dropped: sort keys and similar.</summary>
    public static readonly IReadOnlySet<string> DroppedArgument = new HashSet<string>(StringComparer.Ordinal)
    {
        "noopsort", "sortkey", "SortNoop", "noop", "bibsortkey", "hspace", "vspace", "label", "index", "cite",
    };
}
