namespace Formatter.Tests.Plugins;

/// <summary>A throw-away plugin root with style folders written by a test.</summary>
public sealed class TempStyleFolder : IDisposable
{
    public TempStyleFolder() => Root = Directory.CreateTempSubdirectory("formatter-plugins-").FullName;

    public string Root { get; }

    /// <summary>Writes a template-only style: a manifest and the given templates.</summary>
    public string AddStyle(string folder, string id, IReadOnlyDictionary<string, string> templates, string extraManifest = "")
    {
        var dir = Path.Combine(Root, folder);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "style.json"), $$"""
            { "id": "{{id}}", "title": "Test {{id}}", "edition": "1", "templates": { "bibliography": "bibliography.sbn" }{{extraManifest}} }
            """);
        foreach (var (name, text) in templates)
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return dir;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
