using Formatter.Diagnostics;

namespace Formatter.Core.Plugins;

/// <summary>The plugins that loaded and the reports of those that did not.</summary>
internal sealed record PluginScanResult(IReadOnlyList<LoadedPlugin> Plugins, IReadOnlyList<Diagnostic> Diagnostics);
