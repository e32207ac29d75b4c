using System.Text.RegularExpressions;

namespace Formatter.Tests.Gost;

/// <summary>
/// Doubled or dangling prescribed signs in a GOST entry (guide §2: a missing element drops its sign, periods are never
/// doubled): <c>..</c> that is no ellipsis, <c>. – .</c>, <c>, ,</c>, <c>// –</c>, <c>// .</c>, empty <c>()</c> or <c>[]</c>,
/// <c> :</c> at an area end, a dangling <c> – </c>, <c> / </c>, <c> ; </c> or <c> : </c> at the end, and the like.
/// URLs and DOIs are left out of the check: their dots belong to the address.
/// </summary>
public static partial class GostDefects
{
    private static readonly (string Name, Regex Pattern)[] Rules =
    [
        ("doubled period", DoubledPeriod()),
        ("'. – .'", PeriodDashPeriod()),
        ("', ,'", CommaComma()),
        ("'//' followed by a sign", HostSign()),
        ("empty () or []", EmptyBrackets()),
        ("' :' at an area end", ColonAtAreaEnd()),
        ("dangling sign at the end", DanglingAtEnd()),
        ("' /' or ' ;' before a sign", SignBeforeSign()),
        ("'– –'", DashDash()),
        ("double space", DoubleSpace()),
        ("space before '.' or ','", SpaceBeforePeriod()),
        ("',.'", CommaPeriod()),
        ("sign at the start", LeadingSign()),
        ("no final period", NoFinalPeriod()),
    ];

    /// <summary>The names of the defects found in <paramref name="entry"/> (plain text); empty when it is clean.</summary>
    public static IReadOnlyList<string> Find(string entry)
    {
        var text = Identifier().Replace(entry, "$1X");
        return Rules.Where(r => r.Pattern.IsMatch(text)).Select(r => r.Name).ToList();
    }

    [GeneratedRegex(@"(URL: |DOI )\S*[^\s.]")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)")]
    private static partial Regex DoubledPeriod();

    [GeneratedRegex(@"\.\s*–\s*\.")]
    private static partial Regex PeriodDashPeriod();

    [GeneratedRegex(@",\s*,")]
    private static partial Regex CommaComma();

    [GeneratedRegex(@"//\s*[–.,:;/]")]
    private static partial Regex HostSign();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s:\s*(?:[.,;/–]|$)")]
    private static partial Regex ColonAtAreaEnd();

    [GeneratedRegex(@"\s[–/;:]\s*\.?\s*$")]
    private static partial Regex DanglingAtEnd();

    [GeneratedRegex(@"(?<!/)\s(?:/|;)\s*[.,;:–]|\s/\s+/|\s;\s+;")]
    private static partial Regex SignBeforeSign();

    [GeneratedRegex(@"–\s*–")]
    private static partial Regex DashDash();

    [GeneratedRegex(@"  ")]
    private static partial Regex DoubleSpace();

    [GeneratedRegex(@"\s(?:\.(?![.\d])|,)")]
    private static partial Regex SpaceBeforePeriod();

    [GeneratedRegex(@",\.")]
    private static partial Regex CommaPeriod();

    [GeneratedRegex(@"^\s*[.,;:/–]")]
    private static partial Regex LeadingSign();

    [GeneratedRegex(@"[^.!?…]\s*$")]
    private static partial Regex NoFinalPeriod();
}
