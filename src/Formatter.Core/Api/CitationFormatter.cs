using System.Collections.Concurrent;
using Formatter.Core.Plugins;
using Formatter.Core.Readers;
using Formatter.Core.Styles;
using Formatter.Core.Templating;
using Formatter.Core.Writers;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Api;

/// <summary>
/// The embedding API: read records, format them with a style, write them in a format.
/// Built by <see cref="FormatterBuilder"/>; immutable and safe to use from many threads.
/// </summary>
public sealed class CitationFormatter
{
    private readonly Dictionary<string, (StyleDefinition Style, LoadedPlugin Plugin)> _styles;
    private readonly ConcurrentDictionary<string, Lazy<(StyleEngine? Engine, IReadOnlyList<Diagnostic> Diagnostics)>> _engines = new(StringComparer.Ordinal);

    private CitationFormatter(Dictionary<string, (StyleDefinition, LoadedPlugin)> styles, IReadOnlyList<StyleInfo> infos, IReadOnlyList<Diagnostic> diagnostics, ReaderRegistry readers)
    {
        _styles = styles;
        Readers = readers;
        Styles = infos;
        LoadDiagnostics = diagnostics;
    }

    /// <summary>The styles that loaded, by id.</summary>
    public IReadOnlyList<StyleInfo> Styles { get; }

    /// <summary>Problems met while loading plugins and styles (a broken plugin is reported here and skipped).</summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; }

    /// <summary>The readers of input formats (read-only: see <see cref="FormatterBuilder.AddReader"/>).</summary>
    public ReaderRegistry Readers { get; }

    internal static CitationFormatter Create(IEnumerable<string> folders, ReaderRegistry readers, bool hotReload = false, bool onDemand = false)
    {
        var scan = PluginScanner.Scan(folders, hotReload, onDemand);
        var diagnostics = scan.Diagnostics.ToList();
        var styles = new Dictionary<string, (StyleDefinition, LoadedPlugin)>(StringComparer.OrdinalIgnoreCase);
        var infos = new List<StyleInfo>();
        foreach (var plugin in scan.Plugins)
        {
            foreach (var style in plugin.Styles)
            {
                if (styles.TryGetValue(style.Id, out var earlier) && !earlier.Item2.IsCompiled && plugin.IsCompiled && earlier.Item2.Extensions.Functions.Count == 0)
                {
                    // A template-only folder listed first overrides the templates of a compiled style with the same id
                    // (a style being edited, a local fix): it keeps the compiled plugin's functions and passes.
                    styles[style.Id] = (earlier.Item1, earlier.Item2 with { Extensions = plugin.Extensions, PendingLoad = plugin.PendingLoad });
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, $"style '{style.Id}': templates from '{earlier.Item2.Folder}', functions and passes from plugin '{plugin.Name}'"));
                    continue;
                }
                if (styles.ContainsKey(style.Id))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, $"style '{style.Id}' of plugin '{plugin.Name}' is already provided by another plugin; ignored"));
                    continue;
                }
                styles[style.Id] = (style, plugin);
                infos.Add(new StyleInfo(style.Id, style.Title, style.Edition, plugin.Name, style.Aliases) { Definition = style });
            }
        }
        foreach (var info in infos)
        {
            foreach (var alias in info.Aliases) styles.TryAdd(alias, styles[info.Id]);
        }
        return new CitationFormatter(styles, infos, diagnostics, readers);
    }

    /// <summary>The functions and list passes that the plugin of a style registered (empty for a template-only style), or null for an unknown style.</summary>
    public PluginRegistrar? ExtensionsFor(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        if (!_styles.TryGetValue(idOrAlias, out var found)) return null;
        found.Plugin.EnsureLoaded();
        return found.Plugin.Extensions;
    }

    /// <summary>The folder holding a style's manifest and templates, or null for an unknown style.</summary>
    public string? FolderOf(string idOrAlias) => _styles.TryGetValue(idOrAlias ?? throw new ArgumentNullException(nameof(idOrAlias)), out var found) ? found.Style.Folder : null;

    /// <summary>Resolves a style id or alias, or returns null.</summary>
    public StyleInfo? FindStyle(string idOrAlias) =>
        _styles.TryGetValue(idOrAlias ?? throw new ArgumentNullException(nameof(idOrAlias)), out var found) ? Styles.First(s => s.Id == found.Style.Id) : null;

    /// <summary>
    /// Formats <paramref name="records"/> as one reference list with <paramref name="style"/> (an id or alias) and
    /// option overrides (<c>--option name=value</c>). Records that fail are reported and left out; the rest are formatted.
    /// With <paramref name="withCitations"/> false the in-text citations are not rendered (<see cref="FormattedEntry.Citation"/>
    /// stays null): a list written as text, HTML or Markdown does not show them (for APA they are about 30 % of the work).
    /// </summary>
    /// <exception cref="ArgumentException">The style is unknown.</exception>
    public FormattedBibliography Format(IReadOnlyList<Record> records, string style, IReadOnlyDictionary<string, string>? options = null, bool withCitations = true)
    {
        var diagnostics = new List<Diagnostic>();
        return Format(records, style, diagnostics.Add, options, withCitations) with { Diagnostics = diagnostics };
    }

    /// <summary>
    /// As <see cref="Format(IReadOnlyList{Record}, string, IReadOnlyDictionary{string, string}?, bool)"/> (which collects
    /// what this one reports), but each diagnostic is passed to <paramref name="report"/> as soon as its part of the work
    /// is done (on the calling thread, in the order the other overload lists them), and the result's
    /// <see cref="FormattedBibliography.Diagnostics"/> is empty. A long list then does not hold its warnings while it is
    /// sorted and written.
    /// </summary>
    /// <exception cref="ArgumentException">The style is unknown.</exception>
    public FormattedBibliography Format(IReadOnlyList<Record> records, string style, Action<Diagnostic> report, IReadOnlyDictionary<string, string>? options = null, bool withCitations = true)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(report);
        if (!_styles.TryGetValue(style, out var found))
            throw new ArgumentException($"unknown style '{style}'", nameof(style));
        var (engine, loadDiagnostics) = EngineFor(found.Style, found.Plugin, options);
        foreach (var diagnostic in loadDiagnostics) report(diagnostic);
        return engine is null ? new FormattedBibliography(found.Style.Id, [], []) : engine.Format(records, withCitations, report);
    }

    /// <summary>
    /// Does ahead of time what the first <c>Format</c> with <paramref name="style"/> and <paramref name="options"/>
    /// would do before rendering: loads the style's plugin, parses its templates and makes one template context. A host
    /// can call it on another thread while it reads its input (the command-line app does). Problems are not thrown:
    /// they are reported by the next <c>Format</c> of that style, as without this call.
    /// </summary>
    /// <exception cref="ArgumentException">The style is unknown.</exception>
    public void Prepare(string style, IReadOnlyDictionary<string, string>? options = null)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (!_styles.TryGetValue(style, out var found))
            throw new ArgumentException($"unknown style '{style}'", nameof(style));
        var engine = EngineFor(found.Style, found.Plugin, options).Engine;
        try
        {
            engine?.Prepare();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Making the template context failed: the next Format meets the same failure and reports it as it would have.
        }
    }

    /// <summary>The engine of <paramref name="style"/> with <paramref name="options"/> (for tests), or null when it cannot be made.</summary>
    internal StyleEngine? Engine(string style, IReadOnlyDictionary<string, string>? options = null) =>
        _styles.TryGetValue(style, out var found) ? EngineFor(found.Style, found.Plugin, options).Engine : null;

    /// <summary>The engine of a style with its options, made once (thread-safe) with what went wrong on the way.</summary>
    private (StyleEngine? Engine, IReadOnlyList<Diagnostic> Diagnostics) EngineFor(StyleDefinition style, LoadedPlugin plugin, IReadOnlyDictionary<string, string>? options)
    {
        options ??= new Dictionary<string, string>();
        var key = EngineKey(style.Id, options);
        return _engines.GetOrAdd(key, _ => new Lazy<(StyleEngine?, IReadOnlyList<Diagnostic>)>(() =>
        {
            var diagnostics = new List<Diagnostic>();
            try
            {
                // The templates first: they do not need the plugin, whose assembly another thread may be loading
                // meanwhile (ExtensionsFor; the command line does this while it prepares a style). A plugin that
                // cannot load is the one problem reported, as the templates of its style are of no use.
                var templates = StyleTemplates.Load(style, diagnostics);
                if (plugin.EnsureLoaded() is { } failure) return (null, [failure]);
                var created = templates is null ? null : StyleEngine.Create(style, templates, plugin.Extensions, options, diagnostics);
                return (created, diagnostics);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A plugin whose functions cannot be imported (or any other failure while building the style) fails this
                // style only; the formatter and the other styles go on.
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{style.Id}' (plugin '{plugin.Name}') cannot be used: {e.GetType().Name}: {e.Message}"));
                return (null, diagnostics);
            }
        })).Value;
    }

    /// <summary>Writes a formatted list in <paramref name="format"/> (<c>text</c>, <c>html</c>, <c>markdown</c>, <c>json</c>).</summary>
    /// <exception cref="ArgumentException">The format is unknown.</exception>
    public static string Write(FormattedBibliography bibliography, string format)
    {
        using var output = new StringWriter();
        Write(bibliography, format, output);
        return output.ToString();
    }

    /// <summary>Writes a formatted list in <paramref name="format"/> to <paramref name="output"/> (a file, a response stream), without building one string.</summary>
    /// <exception cref="ArgumentException">The format is unknown.</exception>
    public static void Write(FormattedBibliography bibliography, string format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(bibliography);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        var writer = WriterRegistry.Find(format) ?? throw new ArgumentException($"unknown format '{format}'", nameof(format));
        writer.Write(bibliography, output);
    }

    /// <summary>The style and its options in a fixed order: one engine per distinct pair. A loop, as it runs on every call.</summary>
    private static string EngineKey(string style, IReadOnlyDictionary<string, string> options)
    {
        if (options.Count == 0) return style + "\u0001";
        var keys = new string[options.Count];
        var i = 0;
        foreach (var option in options) keys[i++] = option.Key;
        Array.Sort(keys, StringComparer.Ordinal);
        var key = new System.Text.StringBuilder(style);
        foreach (var name in keys) key.Append('\u0001').Append(name).Append('=').Append(options[name]);
        return key.ToString();
    }
}
