using Formatter.Plugins;

namespace UsesDependencyV2Plugin;

/// <summary>A plugin that depends on TestDependency 2.0.0 (whose API version 1 lacks) and reports which version it got.</summary>
public sealed class UsesDependency : IStylePlugin
{
    public void Register(IStyleRegistrar registrar) =>
        registrar.AddFunction("dependency_v2", () => TestDependency.Greeting.Shout(TestDependency.Greeting.Text) + " (" + typeof(TestDependency.Greeting).Assembly.GetName().Version + ")");
}
