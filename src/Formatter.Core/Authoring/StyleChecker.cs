using Formatter.Core.Plugins;
using Formatter.Diagnostics;

namespace Formatter.Core.Authoring;

/// <summary>
/// Checks a style folder the way <c>formatter check-style</c> does, without formatting anything: the manifest
/// (unknown keys, missing templates, name presets, passes, option values) and every template (parse errors, unknown
/// variables and functions, bad includes). Every problem carries file, line and column.
/// </summary>
public static class StyleChecker
{
    /// <summary>
    /// Checks <paramref name="folder"/>. <paramref name="extensions"/> are the functions and passes of the compiled plugin
    /// the style belongs to (null for a template-only style).
    /// </summary>
    public static StyleCheckResult Check(string folder, PluginRegistrar? extensions = null)
    {
        var full = Path.GetFullPath(folder);
        var diagnostics = new List<Diagnostic>();
        var functions = extensions?.Functions.Keys.ToList() ?? [];
        var passes = extensions?.Passes.Keys.ToList() ?? [];
        var manifest = ManifestChecker.Check(full, passes, diagnostics);
        if (manifest is not null) TemplateChecker.Check(full, manifest, functions, diagnostics);
        var ids = manifest is null ? [] : manifest.Variants.Count == 0 ? [manifest.Id] : manifest.Variants.Select(v => v.Id).ToList();
        var ordered = diagnostics
            .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ToList();
        return new StyleCheckResult(full, ids, ordered);
    }
}
