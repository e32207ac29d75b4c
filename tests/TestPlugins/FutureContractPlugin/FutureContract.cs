using Formatter.Plugins;

namespace FutureContractPlugin;

/// <summary>A plugin built against contract 2.0.0.</summary>
public sealed class FutureContract : IStylePlugin
{
    public void Register(IStyleRegistrar registrar) => registrar.AddFunction("from_the_future", () => "future");
}
