using Formatter.Plugins;

namespace Formatter.Styles.Gost;

/// <summary>GOST R 7.0.100-2018 and R 7.0.5-2008: heading rules by author count and the Cyrillic-first order.</summary>
public sealed class GostPlugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddListPass("gost-order", new GostOrderPass());
        registrar.AddFunction("gost_title", GostTitle.Format);
    }
}
