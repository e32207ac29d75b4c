using Formatter.Plugins;

namespace UsesDependencyV1Plugin;

/// <summary>A plugin that depends on TestDependency 1.0.0 and reports which version it got.</summary>
public sealed class UsesDependency : IStylePlugin
{
    public void Register(IStyleRegistrar registrar) =>
        registrar.AddFunction("dependency_v1", () => TestDependency.Greeting.Text + " (" + typeof(TestDependency.Greeting).Assembly.GetName().Version + ")");
}
