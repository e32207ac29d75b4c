using Formatter.Core.Plugins;
using Formatter.Core.Templating;
using Formatter.Diagnostics;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>A plugin's template functions: bound on first use, hiding kit functions of the same name; unusable ones fail the style up front.</summary>
public sealed class PluginFunctionTests
{
    private static readonly Record[] Records =
    [
        new() { Id = "r1", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Alpha" } },
        new() { Id = "r2", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Gamma" } },
    ];

    private static StyleEngine? Engine(TempStyleFolder temp, string template, PluginRegistrar registrar, List<Diagnostic> diagnostics) =>
        TemplateEngines.Build(temp, new Dictionary<string, string> { ["bibliography.sbn"] = template }, registrar, diagnostics).Engine;

    [Fact]
    public void A_plugin_function_hides_the_kit_function_of_the_same_name()
    {
        using var temp = new TempStyleFolder();
        var registrar = new PluginRegistrar("test");
        registrar.AddFunction("period", (Func<string, string>)(text => text + "!"));
        registrar.AddFunction("shout", (Func<string, string>)(text => text.ToUpperInvariant()));
        registrar.AddFunction("join", (Func<string, object?, string>)((separator, parts) => "joined by " + separator));
        var diagnostics = new List<Diagnostic>();

        var engine = Engine(temp, "{{ (r.id == 'r2' ? (shout r.title) : (period r.title)) + ' ' + (join '/' [r.title, 'x']) }}", registrar, diagnostics);

        var list = Assert.IsType<StyleEngine>(engine).Format(Records);
        Assert.Empty(diagnostics);
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["Alpha! joined by /", "GAMMA joined by /"], list.Entries.Select(e => e.Text.ToPlainText()));
    }

    [Fact]
    public void A_plugin_function_gets_its_arguments_converted_to_its_parameter_types()
    {
        // Text parameters take any value as Scriban writes it, flags its truth, counts its number; untyped ones the
        // value itself; null stays null.
        using var temp = new TempStyleFolder();
        var registrar = new PluginRegistrar("test");
        registrar.AddFunction("describe", (Func<string?, bool, int, object?, string>)((text, flag, count, raw) =>
            $"{text ?? "null"}|{flag}|{count}|{raw?.GetType().Name ?? "null"}"));
        var diagnostics = new List<Diagnostic>();

        var engine = Engine(temp, "{{ (describe 12 'x' '7' r.title) + ' ' + (describe null null 3 [r.title]) + ' ' + (describe true 0 0 12) + ' ' + (describe r.title false 1 null) }}",
            registrar, diagnostics);

        var list = Assert.IsType<StyleEngine>(engine).Format(Records[..1]);
        Assert.Empty(diagnostics);
        Assert.Empty(list.Diagnostics);
        Assert.Equal("12|True|7|String null|False|3|ScriptArray true|True|0|Int32 Alpha|False|1|null", Assert.Single(list.Entries).Text.ToPlainText());
    }

    [Fact]
    public void A_plugin_function_called_without_its_optional_arguments_gets_their_defaults()
    {
        using var temp = new TempStyleFolder();
        var registrar = new PluginRegistrar("test");
        registrar.AddFunction("repeat", (string text, string mark = "*", int times = 2) => text + string.Concat(Enumerable.Repeat(mark, times)));
        var diagnostics = new List<Diagnostic>();

        var engine = Engine(temp, "{{ (repeat 'a') + ' ' + (repeat 'b' '+') + ' ' + (repeat 'c' '-' 3) + ' ' + (repeat 'd') }}", registrar, diagnostics);

        var list = Assert.IsType<StyleEngine>(engine).Format(Records[..1]);
        Assert.Empty(diagnostics);
        Assert.Empty(list.Diagnostics);
        Assert.Equal("a** b++ c--- d**", Assert.Single(list.Entries).Text.ToPlainText());
    }

    [Fact]
    public void A_plugin_function_that_cannot_be_bound_fails_the_style_when_its_engine_is_made()
    {
        using var temp = new TempStyleFolder();
        var registrar = new PluginRegistrar("test");
        registrar.AddFunction("log", (Action<string>)(_ => { }));
        var diagnostics = new List<Diagnostic>();

        var error = Assert.Throws<ArgumentException>(() => Engine(temp, "{{ r.title }}", registrar, diagnostics));
        Assert.Contains("kit functions return a value", error.Message);
    }
}
