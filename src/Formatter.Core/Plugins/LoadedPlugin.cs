using Formatter.Core.Styles;
using Formatter.Diagnostics;

namespace Formatter.Core.Plugins;

/// <summary>A plugin folder that loaded: its compiled extensions (if any) and its styles.</summary>
/// <param name="Name">The folder name (for a compiled plugin, also its assembly name).</param>
/// <param name="Folder">The full path of the folder.</param>
/// <param name="IsCompiled">True when the folder has an assembly; false for a template-only style.</param>
/// <param name="Extensions">What the assembly registered (filled when the assembly loads; see <see cref="EnsureLoaded"/>).</param>
/// <param name="Styles">The styles the folder's manifests define.</param>
internal sealed record LoadedPlugin(string Name, string Folder, bool IsCompiled, PluginRegistrar Extensions, IReadOnlyList<StyleDefinition> Styles)
{
    /// <summary>The deferred assembly load of a plugin scanned on demand; null when nothing is left to load.</summary>
    internal Lazy<Diagnostic?>? PendingLoad { get; init; }

    /// <summary>
    /// Loads the assembly now if the plugin was scanned on demand (once, thread-safe). Returns null when the plugin is
    /// usable, else the error that makes it unusable (the same report an eager scan gives).
    /// </summary>
    public Diagnostic? EnsureLoaded() => PendingLoad?.Value;
}
