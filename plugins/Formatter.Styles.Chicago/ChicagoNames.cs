namespace Formatter.Styles.Chicago;

/// <summary>Chicago's rewrites of stored values (guide §4, §11).</summary>
public static class ChicagoNames
{
    /// <summary>Newspaper and magazine names drop an initial <c>The</c> (CMOS 14.172): <c>The Harbor Times</c> → <c>Harbor Times</c>.</summary>
    public static string DropArticle(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        return name.StartsWith("The ", StringComparison.Ordinal) && name.Length > 4 ? name[4..] : name;
    }

    /// <summary>Thesis genres in CMOS form: doctoral → <c>PhD diss.</c>, master's → <c>Master’s thesis</c>; other text as stored.</summary>
    public static string ThesisGenre(string? genre)
    {
        if (string.IsNullOrWhiteSpace(genre)) return "";
        var lower = genre.Trim().ToLowerInvariant().Replace(".", "");
        if (lower is "phd" or "phd thesis" or "phd dissertation" or "doctoral dissertation" or "doctoral thesis" or "dissertation" or "phd diss")
            return "PhD diss.";
        if (lower.StartsWith("master", StringComparison.Ordinal) || lower is "ma thesis" or "msc thesis" or "ms thesis")
            return "Master’s thesis";
        return genre.Trim();
    }
}
