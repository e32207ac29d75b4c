using Formatter.Core.Plugins;
using Formatter.Core.Styles;
using Formatter.Core.Templating;
using Formatter.Diagnostics;
using Formatter.Tests.Plugins;

namespace Formatter.Tests.Templating;

/// <summary>Engines over template-only test styles, for tests of the template machinery.</summary>
internal static class TemplateEngines
{
    /// <summary>
    /// Writes a style with <paramref name="files"/> into <paramref name="temp"/> and makes its engine with
    /// <paramref name="registrar"/>'s functions and an unsorted list; also gives the parsed templates.
    /// </summary>
    public static (StyleTemplates Templates, StyleEngine? Engine) Build(
        TempStyleFolder temp, IReadOnlyDictionary<string, string> files, PluginRegistrar registrar, List<Diagnostic> diagnostics)
    {
        var folder = temp.AddStyle("s", "s", files);
        var style = Assert.Single(StyleManifestReader.Read(folder, "test", diagnostics));
        var templates = Assert.IsType<StyleTemplates>(StyleTemplates.Load(style, diagnostics));
        return (templates, StyleEngine.Create(style, templates, registrar, new Dictionary<string, string>(), diagnostics));
    }
}
