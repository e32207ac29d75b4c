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
    private bool _hotReload;
    private bool _onDemand;

    /// <summary>Adds a folder whose subfolders are plugins (or a single style folder with a <c>style.json</c>).</summary>
    public FormatterBuilder AddPluginFolder(string path)
    {
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

    /// <summary>Loads the plugins and their styles. Broken plugins are reported in <see cref="CitationFormatter.LoadDiagnostics"/>.</summary>
    public CitationFormatter Build() => CitationFormatter.Create(_folders, _hotReload, _onDemand);
}
