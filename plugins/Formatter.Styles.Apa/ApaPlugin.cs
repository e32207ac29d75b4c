using Formatter.Plugins;

namespace Formatter.Styles.Apa;

/// <summary>APA 7: the templates do the work; the plugin adds the rules templates should not carry.</summary>
public sealed class ApaPlugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddFunction("apa_publisher", PublisherName.WithoutBusinessDesignation);
    }
}
