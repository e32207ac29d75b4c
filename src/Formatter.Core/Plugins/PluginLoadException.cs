namespace Formatter.Core.Plugins;

/// <summary>A plugin could not be loaded; the message says why in words a user can act on.</summary>
internal sealed class PluginLoadException(string message) : Exception(message);
