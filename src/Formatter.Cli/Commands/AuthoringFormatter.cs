using Formatter.Core.Api;
using Formatter.Diagnostics;

namespace Formatter.Cli.Commands;

/// <summary>
/// The formatter of the authoring commands: the style folder being written comes first, so its styles take precedence
/// over installed styles with the same id (a compiled style keeps its plugin's functions), then the installed plugins.
/// </summary>
public static class AuthoringFormatter
{
    /// <summary>Builds it; load warnings and errors go to standard error (informational notes only with --verbose).</summary>
    public static CitationFormatter Build(CliContext context, string styleFolder, bool hotReload = false)
    {
        var builder = new FormatterBuilder().AddPluginFolder(styleFolder).AddDefaultPluginFolders();
        foreach (var folder in context.Arguments.Values("--plugins")) builder.AddPluginFolder(folder);
        if (hotReload) builder.EnableHotReload();
        var formatter = builder.Build();
        foreach (var diagnostic in formatter.LoadDiagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            context.Errors.WriteLine(diagnostic);
        return formatter;
    }

    /// <summary>The style ids defined by the manifests in <paramref name="folder"/> (the folder itself, or its subfolders).</summary>
    public static IReadOnlyList<string> StyleIds(string folder) =>
        ManifestFolders(folder).SelectMany(f => Core.Authoring.StyleChecker.Check(f).StyleIds).Distinct().ToList();

    /// <summary>The folders holding a <c>style.json</c>: the folder itself, else every folder below it that has one.</summary>
    public static IReadOnlyList<string> ManifestFolders(string folder)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"no such folder: {folder}");
        if (File.Exists(Path.Combine(folder, Core.Styles.StyleManifestReader.FileName))) return [Path.GetFullPath(folder)];
        return Directory.EnumerateFiles(folder, Core.Styles.StyleManifestReader.FileName, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}out{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
