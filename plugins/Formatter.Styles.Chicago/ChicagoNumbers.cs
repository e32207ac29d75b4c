using System.Text.RegularExpressions;

namespace Formatter.Styles.Chicago;

/// <summary>
/// Numbers with a label as the Chicago CSL styles print them for legal items (<c>Pub. L. No. 473</c>,
/// <c>Nos. 49473, 49474</c>, <c>No. 19867/12</c>): a numeric value gets the label, plural when it names several
/// numbers; a legislation number gets it even when it is not numeric; the last hyphen between digits becomes an en dash.
/// </summary>
public static partial class ChicagoNumbers
{
    /// <summary>
    /// The value with <paramref name="single"/> or <paramref name="plural"/> before it when it is numeric (or
    /// <paramref name="always"/>); otherwise the value alone, its first letter capitalised where the label would have
    /// been (a capitalised label starts a sentence: <c>J7qta_v1. Preprint</c>; a lower-case one runs on in a note:
    /// <c>…,” j7qta_v1, preprint</c>).
    /// </summary>
    public static string Labelled(string? value, string single, string plural, bool always)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var text = value.Trim();
        if (!always && !Numeric().IsMatch(text)) return single.Length > 0 && char.IsUpper(single[0]) ? CapitalizeFirst(text) : text;
        var compact = text.Replace(", ", ",", StringComparison.Ordinal);
        var isPlural = !compact.Any(char.IsWhiteSpace) && char.IsAsciiDigit(compact[0]) && compact.IndexOfAny(['-', '\u2013', ',', '&']) > 0;
        return (isPlural ? plural : single) + " " + LastRange().Replace(text, "$1\u2013$2");
    }

    /// <summary>True when CSL would call the value numeric (<c>2</c>, <c>2nd</c>, <c>C3871</c>, <c>49473, 49474</c>, not <c>第1版</c>).</summary>
    public static bool IsNumeric(string? value) => !string.IsNullOrWhiteSpace(value) && Numeric().IsMatch(value.Trim());

    /// <summary>The first letter upper-cased, unless the first word has a capital inside (<c>arXiv:1402.1516</c>).</summary>
    private static string CapitalizeFirst(string text)
    {
        if (text.Length == 0 || !char.IsLower(text[0])) return text;
        for (var i = 1; i < text.Length && char.IsLetter(text[i]); i++)
            if (char.IsUpper(text[i])) return text;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>CSL is-numeric as citeproc-js reads it: one number with letters before or after it (<c>C3871</c>,
    /// <c>GSE251923</c>), or several plain numbers joined by <c>- , &amp; /</c> (<c>49473, 49474</c>, <c>19867/12</c>).</summary>
    [GeneratedRegex(@"^([A-Za-z]*\d+[A-Za-z]*|\d+(\s*[-\u2013,&/]\s*\d+)+)$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(\d)-(\d+)$")]
    private static partial Regex LastRange();
}
