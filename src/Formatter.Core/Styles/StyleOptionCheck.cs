using System.Globalization;
using Formatter.Diagnostics;

namespace Formatter.Core.Styles;

/// <summary>
/// Checks the options a user gives a style (<c>--option name=value</c>, or the options of <c>Format</c>): a name the
/// style does not read and a value its rule cannot take are reported as warnings, so a typo is not silently ignored.
/// A style reads the options its manifest declares, the two every style's rendering reads, and those of the built-in
/// list passes it runs.
/// </summary>
internal static class StyleOptionCheck
{
    /// <summary>The keys the <c>sort</c> option may list.</summary>
    public static readonly IReadOnlySet<string> SortKeys = new HashSet<string>(["author", "year", "title", "none"], StringComparer.Ordinal);

    /// <summary>The options every style's rendering reads, declared or not.</summary>
    public static readonly IReadOnlySet<string> RenderOptions = new HashSet<string>(["terms-by", "smart-quotes", "punctuation-in-quote"], StringComparer.Ordinal);

    private static readonly string[] SortingOptions = ["sort", "sort-names", "sort-full-date", "collation"];
    private static readonly string[] NumberingOptions = ["numbered", "label-format"];

    /// <summary>Every option a built-in part reads: the rendering's and the built-in list passes'.</summary>
    public static readonly IReadOnlySet<string> BuiltIn =
        new HashSet<string>([.. RenderOptions, .. SortingOptions, .. NumberingOptions], StringComparer.Ordinal);

    /// <summary>
    /// The user's <paramref name="overrides"/> of <paramref name="style"/>'s options that the style can take; each one
    /// left out (a name it does not read, a value it cannot take) is reported to <paramref name="diagnostics"/> as a
    /// warning, and the style's own value stays in force.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Accept(StyleDefinition style, IReadOnlyDictionary<string, string> overrides, ICollection<Diagnostic> diagnostics)
    {
        if (overrides.Count == 0) return overrides;
        var known = KnownOptions(style);
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            if (!known.Contains(name))
            {
                diagnostics.Add(Warning($"style '{style.Id}' has no option '{name}'; it is ignored (its options: {string.Join(", ", known.Order(StringComparer.Ordinal))})"));
                continue;
            }
            var declared = style.Options.GetValueOrDefault(name);
            if (ValueProblem(name, value, declared) is { } problem)
            {
                diagnostics.Add(Warning($"style '{style.Id}', option '{name}': {problem}; {(declared is null ? "ignored" : $"the style's '{declared}' is kept")}"));
                continue;
            }
            accepted[name] = value;
        }
        return accepted;
    }

    /// <summary>
    /// What is wrong with <paramref name="value"/> for the option <paramref name="name"/> whose manifest default is
    /// <paramref name="declared"/>, or null: sort keys, <c>terms-by</c>, and the type of a default that is a boolean or a whole number.
    /// </summary>
    public static string? ValueProblem(string name, string value, string? declared)
    {
        switch (name)
        {
            case "sort":
                var unknown = value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Where(k => !SortKeys.Contains(k)).ToList();
                return unknown.Count == 0 ? null : $"unknown sort key{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(k => $"'{k}'"))} (author, year, title, none)";
            case "terms-by":
                return value is "style" or "record" or "script" ? null : $"must be style, record or script, not '{value}'";
            case "smart-quotes" or "punctuation-in-quote":
                return value is "true" or "false" ? null : $"must be true or false, not '{value}'";
        }
        if (declared is "true" or "false" && value is not ("true" or "false")) return $"must be true or false, not '{value}'";
        if (declared is not null && int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return $"must be a whole number, not '{value}'";
        return null;
    }

    /// <summary>The options <paramref name="style"/> reads, with their defaults (null where the style sets none).</summary>
    public static IReadOnlyDictionary<string, string?> Readable(StyleDefinition style) =>
        KnownOptions(style).Order(StringComparer.Ordinal).ToDictionary(name => name, name => style.Options.GetValueOrDefault(name), StringComparer.Ordinal);

    private static HashSet<string> KnownOptions(StyleDefinition style)
    {
        var known = new HashSet<string>(style.Options.Keys, StringComparer.Ordinal);
        known.UnionWith(RenderOptions);
        if (style.Passes.Any(p => p is "sort" or "sort-entries" or "year-suffix")) known.UnionWith(SortingOptions);
        if (style.Passes.Contains("number")) known.UnionWith(NumberingOptions);
        return known;
    }

    private static Diagnostic Warning(string message) => new(DiagnosticSeverity.Warning, message);
}
