using Formatter.Core.Styles;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Plugins;

/// <summary>
/// Finds plugin folders below the given roots and loads them. A folder is a plugin when it holds
/// <c>NAME/NAME.dll</c> and/or style manifests (<c>style.json</c> in the folder or one level below).
/// A folder that fails is reported by name with the reason and skipped; the others load. On demand, only the style
/// manifests are read during the scan: a compiled plugin's assembly loads when one of its styles is first used
/// (<see cref="LoadedPlugin.EnsureLoaded"/>), so a run that formats with one style loads one assembly.
/// </summary>
internal static class PluginScanner
{
    /// <summary>
    /// Scans every root (missing roots are reported as warnings); <paramref name="hotReload"/> loads assemblies so that
    /// their files can be replaced; with <paramref name="onDemand"/> assemblies load on first use.
    /// </summary>
    public static PluginScanResult Scan(IEnumerable<string> roots, bool hotReload = false, bool onDemand = false)
    {
        var diagnostics = new List<Diagnostic>();
        var plugins = new List<LoadedPlugin>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Loops and arrays rather than LINQ here: in a one-record run each LINQ operator's first use is a measurable
        // part of the scan.
        var scanned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in roots)
        {
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given));
            if (!scanned.Add(root)) continue;
            if (!Directory.Exists(root))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, $"plugin folder '{root}' does not exist"));
                continue;
            }
            string[] folders = File.Exists(Path.Combine(root, StyleManifestReader.FileName)) ? [root] : Directory.GetDirectories(root);
            Array.Sort(folders, StringComparer.Ordinal);
            var found = plugins.Count;
            var reported = diagnostics.Count;
            var skipped = new List<string>();
            foreach (var folder in folders)
            {
                if (!seen.Add(Path.GetFileName(folder)))
                {
                    skipped.Add(Path.GetFileName(folder));
                    continue;
                }
                var plugin = TryLoad(folder, hotReload, onDemand, diagnostics);
                if (plugin is not null) plugins.Add(plugin);
            }
            // A folder given that adds nothing says why (a style asked for next is otherwise only "unknown").
            if (plugins.Count == found && diagnostics.Count == reported)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, skipped.Count > 0
                    ? $"plugin folder '{root}' adds nothing: {string.Join(", ", skipped)} {(skipped.Count == 1 ? "is" : "are")} already loaded from a folder listed before it"
                    : $"plugin folder '{root}' holds no style: a style is a folder with a {StyleManifestReader.FileName}, a compiled plugin a folder NAME with NAME.dll"));
        }
        return new PluginScanResult(plugins, diagnostics);
    }

    private static LoadedPlugin? TryLoad(string folder, bool hotReload, bool onDemand, List<Diagnostic> diagnostics)
    {
        var name = Path.GetFileName(folder);
        var assembly = Path.Combine(folder, name + ".dll");
        var registrar = new PluginRegistrar(name);
        var compiled = File.Exists(assembly);
        if (!compiled) registrar.Freeze();
        Lazy<Diagnostic?>? pending = null;
        if (compiled && onDemand)
            pending = new Lazy<Diagnostic?>(() => LoadAssembly(name, assembly, registrar, hotReload), LazyThreadSafetyMode.ExecutionAndPublication);
        else if (compiled && LoadAssembly(name, assembly, registrar, hotReload) is { } failure)
        {
            diagnostics.Add(failure);
            return null;
        }
        var styleDiagnostics = new List<Diagnostic>();
        var styles = new List<StyleDefinition>();
        foreach (var manifestFolder in ManifestFolders(folder)) styles.AddRange(StyleManifestReader.Read(manifestFolder, name, styleDiagnostics));
        diagnostics.AddRange(styleDiagnostics);
        if (!compiled && styles.Count == 0)
        {
            if (styleDiagnostics.Count == 0 && Directory.EnumerateFileSystemEntries(folder).Any())
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, $"folder '{name}' has neither {name}.dll nor a {StyleManifestReader.FileName}; skipped"));
            return null;
        }
        return new LoadedPlugin(name, folder, compiled, registrar, styles) { PendingLoad = pending };
    }

    /// <summary>Loads the assembly into <paramref name="registrar"/>; returns the error report when it cannot be used.</summary>
    private static Diagnostic? LoadAssembly(string name, string assembly, PluginRegistrar registrar, bool hotReload)
    {
        try
        {
            AssemblyPluginLoader.Load(assembly, registrar, hotReload);
            return null;
        }
        catch (Exception e)
        {
            var inner = Innermost(e);
            var reason = e is PluginLoadException ? e.Message : $"{inner.GetType().Name}: {inner.Message}";
            return new Diagnostic(DiagnosticSeverity.Error, $"plugin '{name}' was skipped: {reason}")
            {
                Location = new SourceLocation(assembly, 0),
            };
        }
        finally
        {
            registrar.Freeze();
        }
    }

    private static List<string> ManifestFolders(string folder)
    {
        var folders = new List<string>();
        if (File.Exists(Path.Combine(folder, StyleManifestReader.FileName))) folders.Add(folder);
        var manifests = Directory.GetFiles(folder, StyleManifestReader.FileName, SearchOption.AllDirectories);
        Array.Sort(manifests, StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            var dir = Path.GetDirectoryName(manifest)!;
            if (dir != folder) folders.Add(dir);
        }
        return folders;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
