using Formatter.Tests.Plugins;

namespace Formatter.Tests.Authoring;

/// <summary>A temporary plugins folder assembled from the test plugins (tests/TestPlugins) and style folders written by a test.</summary>
public sealed class TestPluginRoot : IDisposable
{
    private readonly TempStyleFolder _temp = new();

    /// <summary>The built test plugins, next to the test assembly.</summary>
    public static string Built => Path.Combine(AppContext.BaseDirectory, "testplugins");

    public string Root => _temp.Root;

    /// <summary>Copies test plugin <paramref name="name"/> into the root and gives it a style whose bibliography template is <paramref name="template"/>.</summary>
    public string AddPlugin(string name, string styleId, string template, string extraManifest = "")
    {
        var target = Path.Combine(Root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Built, name)))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        var style = Path.Combine(target, "styles", styleId);
        Directory.CreateDirectory(style);
        File.WriteAllText(Path.Combine(style, "style.json"),
            $$"""{ "id": "{{styleId}}", "title": "Test {{styleId}}", "templates": { "bibliography": "bibliography.sbn" }{{extraManifest}} }""");
        File.WriteAllText(Path.Combine(style, "bibliography.sbn"), template);
        return target;
    }

    /// <summary>Adds a template-only style.</summary>
    public string AddStyle(string folder, string id, string template) =>
        _temp.AddStyle(folder, id, new Dictionary<string, string> { ["bibliography.sbn"] = template });

    public void Dispose() => _temp.Dispose();
}
