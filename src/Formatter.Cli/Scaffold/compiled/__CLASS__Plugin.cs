using Formatter.Plugins;

namespace __NAME__;

/// <summary>__TITLE__: what the templates should not do — here, one template function.</summary>
public sealed class __CLASS__Plugin : IStylePlugin
{
    /// <inheritdoc />
    public void Register(IStyleRegistrar registrar)
    {
        // Callable from the templates as `initial_caps r.title`. List passes are added with registrar.AddListPass.
        registrar.AddFunction("initial_caps", Words.InitialCaps);
    }
}
