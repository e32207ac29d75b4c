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

    private CitationFormatter(Dictionary<string, (StyleDefinition, LoadedPlugin)> styles, IReadOnlyList<StyleInfo> infos, IReadOnlyList<Diagnostic> diagnostics)
    {
        _styles = styles;
        Styles = infos;
        LoadDiagnostics = diagnostics;
    }

    /// <summary>The styles that loaded, by id.</summary>
    public IReadOnlyList<StyleInfo> Styles { get; }

    /// <summary>Problems met while loading plugins and styles (a broken plugin is reported here and skipped).</summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; }

    /// <summary>The readers of input formats.</summary>
    public ReaderRegistry Readers { get; } = ReaderRegistry.CreateDefault();

    internal static CitationFormatter Create(IEnumerable<string> folders)
    {
        var scan = PluginScanner.Scan(folders);
        var diagnostics = scan.Diagnostics.ToList();
        var styles = new Dictionary<string, (StyleDefinition, LoadedPlugin)>(StringComparer.OrdinalIgnoreCase);
        var infos = new List<StyleInfo>();
        foreach (var plugin in scan.Plugins)
        {
            foreach (var style in plugin.Styles)
            {
                if (styles.ContainsKey(style.Id))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, $"style '{style.Id}' of plugin '{plugin.Name}' is already provided by another plugin; ignored"));
                    continue;
                }
                styles[style.Id] = (style, plugin);
                infos.Add(new StyleInfo(style.Id, style.Title, style.Edition, plugin.Name, style.Aliases));
            }
        }
        foreach (var info in infos)
        {
            foreach (var alias in info.Aliases) styles.TryAdd(alias, styles[info.Id]);
        }
        return new CitationFormatter(styles, infos, diagnostics);
    }

    /// <summary>Resolves a style id or alias, or returns null.</summary>
    public StyleInfo? FindStyle(string idOrAlias) =>
        _styles.TryGetValue(idOrAlias, out var found) ? Styles.First(s => s.Id == found.Style.Id) : null;

    /// <summary>
    /// Formats <paramref name="records"/> as one reference list with <paramref name="style"/> (an id or alias) and
    /// option overrides (<c>--option name=value</c>). Records that fail are reported and left out; the rest are formatted.
    /// </summary>
    /// <exception cref="ArgumentException">The style is unknown.</exception>
    public FormattedBibliography Format(IReadOnlyList<Record> records, string style, IReadOnlyDictionary<string, string>? options = null)
    {
        if (!_styles.TryGetValue(style, out var found))
            throw new ArgumentException($"unknown style '{style}'", nameof(style));
        options ??= new Dictionary<string, string>();
        var key = found.Style.Id + "\u0001" + string.Join("\u0001", options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + "=" + o.Value));
        var (engine, loadDiagnostics) = _engines.GetOrAdd(key, _ => new Lazy<(StyleEngine?, IReadOnlyList<Diagnostic>)>(() =>
        {
            var diagnostics = new List<Diagnostic>();
            var created = StyleEngine.Create(found.Style, found.Plugin.Extensions, options, diagnostics);
            return (created, diagnostics);
        })).Value;
        if (engine is null) return new FormattedBibliography(found.Style.Id, [], loadDiagnostics);
        var result = engine.Format(records);
        return loadDiagnostics.Count == 0 ? result : result with { Diagnostics = [.. loadDiagnostics, .. result.Diagnostics] };
    }

    /// <summary>Writes a formatted list in <paramref name="format"/> (<c>text</c>, <c>html</c>, <c>markdown</c>, <c>json</c>).</summary>
    /// <exception cref="ArgumentException">The format is unknown.</exception>
    public static string Write(FormattedBibliography bibliography, string format)
    {
        var writer = WriterRegistry.Find(format) ?? throw new ArgumentException($"unknown format '{format}'", nameof(format));
        using var output = new StringWriter();
        writer.Write(bibliography, output);
        return output.ToString();
    }
}
