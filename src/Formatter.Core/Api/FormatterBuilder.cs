using Formatter.Core.Readers;

namespace Formatter.Core.Api;

/// <summary>
/// Configures and builds a <see cref="CitationFormatter"/>. The builder is mutable; what it builds is immutable
/// and thread-safe, so an application builds once and formats from any thread.
/// </summary>
public sealed class FormatterBuilder
{
    /// <summary>The environment variable that lists extra plugin folders (separated by the path separator).</summary>
    public const string PluginPathVariable = "FORMATTER_PLUGINS";

    private readonly List<string> _folders = [];
    private readonly List<(IRecordReader Reader, string[] Extensions)> _readers = [];
    private bool _hotReload;
    private bool _onDemand;

    /// <summary>Adds a folder whose subfolders are plugins (or a single style folder with a <c>style.json</c>).</summary>
    public FormatterBuilder AddPluginFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _folders.Add(path);
        return this;
    }

    /// <summary>Adds <c>plugins/</c> next to the application and every folder of <c>FORMATTER_PLUGINS</c>.</summary>
    public FormatterBuilder AddDefaultPluginFolders()
    {
        _folders.Add(Path.Combine(AppContext.BaseDirectory, "plugins"));
        var fromEnvironment = Environment.GetEnvironmentVariable(PluginPathVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            _folders.AddRange(fromEnvironment.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return this;
    }

    /// <summary>
    /// Loads compiled plugins so that their files can be replaced while the formatter runs (McMaster's collectible,
    /// in-memory load contexts): building again after a plugin was rebuilt picks up the new assembly. For authoring tools.
    /// </summary>
    public FormatterBuilder EnableHotReload()
    {
        _hotReload = true;
        return this;
    }

    /// <summary>
    /// Reads only the style manifests while building; a compiled plugin's assembly loads when one of its styles is
    /// first used. A one-shot process that formats with one style then pays for one plugin, not all of them. A plugin
    /// that fails to load is reported with the diagnostics of the first <c>CitationFormatter.Format</c> that
    /// needs it instead of in <see cref="CitationFormatter.LoadDiagnostics"/>.
    /// </summary>
    public FormatterBuilder LoadPluginsOnDemand()
    {
        _onDemand = true;
        return this;
    }

    /// <summary>
    /// Adds a reader of another input format to the built-in ones (CSL-JSON, catalogue pages, BibTeX, RIS), owning
    /// <paramref name="extensions"/> (with or without the dot); a reader with a built-in reader's format name replaces it.
    /// </summary>
    public FormatterBuilder AddReader(IRecordReader reader, params string[] extensions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(extensions);
        if (extensions.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("an extension is null or blank", nameof(extensions));
        _readers.Add((reader, extensions));
        return this;
    }

    /// <summary>Loads the plugins and their styles. Broken plugins are reported in <see cref="CitationFormatter.LoadDiagnostics"/>.</summary>
    public CitationFormatter Build()
    {
        var readers = ReaderRegistry.CreateDefault();
        foreach (var (reader, extensions) in _readers) readers.Register(reader, extensions);
        return CitationFormatter.Create(_folders, readers.Freeze(), _hotReload, _onDemand);
    }
}
