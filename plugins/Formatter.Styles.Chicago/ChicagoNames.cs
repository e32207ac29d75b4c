using System.Text.RegularExpressions;

namespace Formatter.Styles.Chicago;

/// <summary>Chicago's rewrites of stored values (guide §4, §11).</summary>
public static partial class ChicagoNames
{
    /// <summary>Newspaper and magazine names drop an initial <c>The</c> (CMOS 14.172): <c>The Harbor Times</c> → <c>Harbor Times</c>.</summary>
    public static string DropArticle(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        return name.StartsWith("The ", StringComparison.Ordinal) && name.Length > 4 ? name[4..] : name;
    }

    /// <summary>
    /// Thesis genres in CMOS form (guide §11): doctoral (<c>PhD</c>, <c>Ph.D. thesis</c>, <c>Doctoral Thesis</c>,
    /// <c>Dissertation</c>) → <c>PhD diss.</c>, master's → <c>Master’s thesis</c>; other text as stored, its first letter
    /// capitalised.
    /// </summary>
    public static string ThesisGenre(string? genre)
    {
        if (string.IsNullOrWhiteSpace(genre)) return "";
        var value = genre.Trim();
        if (Master().IsMatch(value)) return "Master’s thesis";
        if (Doctoral().IsMatch(value)) return "PhD diss.";
        return char.IsLower(value[0]) ? char.ToUpperInvariant(value[0]) + value[1..] : value;
    }

    [GeneratedRegex(@"\bmaster", RegexOptions.IgnoreCase)]
    private static partial Regex Master();

    [GeneratedRegex(@"\bph\.?\s?d\b|\bdoctor|\bdissertation", RegexOptions.IgnoreCase)]
    private static partial Regex Doctoral();
}
