using Formatter.Core.Styles;

namespace Formatter.Core.Plugins;

/// <summary>A plugin folder that loaded: its compiled extensions (if any) and its styles.</summary>
/// <param name="Name">The folder name (for a compiled plugin, also its assembly name).</param>
/// <param name="Folder">The full path of the folder.</param>
/// <param name="IsCompiled">True when the folder has an assembly; false for a template-only style.</param>
/// <param name="Extensions">What the assembly registered.</param>
/// <param name="Styles">The styles the folder's manifests define.</param>
public sealed record LoadedPlugin(string Name, string Folder, bool IsCompiled, PluginRegistrar Extensions, IReadOnlyList<StyleDefinition> Styles);
