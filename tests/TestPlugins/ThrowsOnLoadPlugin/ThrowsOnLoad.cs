using Formatter.Plugins;

namespace ThrowsOnLoadPlugin;

/// <summary>A plugin whose registration fails.</summary>
public sealed class ThrowsOnLoad : IStylePlugin
{
    public void Register(IStyleRegistrar registrar) => throw new InvalidOperationException("the plugin failed while registering");
}
