using Formatter.Plugins;

namespace ThrowsOnRenderPlugin;

/// <summary>A plugin that loads, but whose function and list passes throw when used.</summary>
public sealed class ThrowsOnRender : IStylePlugin
{
    public void Register(IStyleRegistrar registrar)
    {
        registrar.AddFunction("explode", Explode);
        registrar.AddFunction("explode_on", ExplodeOn);
        registrar.AddListPass("explode-before", new ExplodingPass(ListPassStage.BeforeRender));
        registrar.AddListPass("explode-after", new ExplodingPass(ListPassStage.AfterRender));
    }

    private static string Explode(string? text) => throw new NullReferenceException("the plugin function failed on '" + text + "'");

    private static string ExplodeOn(string? text, string? trigger) =>
        text == trigger ? throw new KeyNotFoundException("the plugin function failed on '" + text + "'") : text ?? "";

    private sealed class ExplodingPass(ListPassStage stage) : IListPass
    {
        public ListPassStage Stage => stage;

        public void Apply(ListPassContext context) => throw new IndexOutOfRangeException("the plugin pass failed " + stage);
    }
}
