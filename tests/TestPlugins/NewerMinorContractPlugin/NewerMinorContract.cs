using Formatter.Plugins;

namespace NewerMinorContractPlugin;

/// <summary>A plugin built against contract 1.5.0.</summary>
public sealed class NewerMinorContract : IStylePlugin
{
    public void Register(IStyleRegistrar registrar) => registrar.AddFunction("from_a_newer_minor", () => "newer");
}
