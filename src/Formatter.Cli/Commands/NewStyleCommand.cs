using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Formatter.Plugins;

namespace Formatter.Cli.Commands;

/// <summary>
/// <c>formatter new-style &lt;id&gt; [--compiled] [--output DIR] [--title TEXT]</c>: writes a working style to start from —
/// a template-only folder (manifest, templates, a fixture, a README), or with <c>--compiled</c> a plugin project that
/// references only Formatter.Abstractions, with the style folder inside it. Existing files are never overwritten.
/// </summary>
public static partial class NewStyleCommand
{
    private const string ResourcePrefix = "Formatter.Scaffold/";

    /// <summary>Runs the command.</summary>
    public static int Run(CliContext context)
    {
        var args = context.Arguments;
        args.AllowOnly("--compiled", "--output", "--title");
        if (args.Positional.Count != 1) throw new UsageException("new-style needs one style id, e.g. formatter new-style my-style");
        var id = args.Positional[0];
        if (!StyleId().IsMatch(id)) throw new UsageException($"style id '{id}' must be lower case letters, digits, '-' and '.', starting with a letter or digit");
        var compiled = args.Has("--compiled");
        var pascal = string.Concat(id.Split('-', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        if (char.IsDigit(pascal[0])) pascal = "Style" + pascal;
        var name = "Formatter.Styles." + pascal;
        var output = Path.GetFullPath(args.Value("--output") ?? (compiled ? name : id));
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
            throw new UsageException($"{output} exists and is not empty; choose another --output");

        var values = new Dictionary<string, string>
        {
            ["__ID__"] = id,
            ["__TITLE__"] = args.Value("--title") ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id.Replace('-', ' ')),
            ["__NAME__"] = name,
            ["__CLASS__"] = pascal,
            ["__CONTRACT__"] = typeof(IStylePlugin).Assembly.Location,
        };
        var styleFolder = compiled ? Path.Combine(output, "styles", id) : output;
        var written = new List<string>();
        foreach (var (path, text) in Files("template-only/")) written.Add(Write(styleFolder, path, text, values));
        if (compiled)
        {
            // The compiled variant's template and fixture use the plugin's function.
            written.Add(Write(styleFolder, "bibliography.sbn", Resource("compiled/style/bibliography.sbn"), values));
            written.Add(Write(styleFolder, "fixtures/example.fixture", Resource("compiled/style/example.fixture"), values));
            foreach (var (path, text) in Files("compiled/").Where(f => !f.Path.StartsWith("style/", StringComparison.Ordinal)))
                written.Add(Write(output, path, text, values));
        }
        foreach (var file in written.Distinct().Order(StringComparer.Ordinal)) context.Output.WriteLine($"created {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}");
        context.Output.WriteLine();
        if (compiled)
        {
            context.Output.WriteLine($"Next: cd {output} && dotnet build && formatter test-style styles/{id} --plugins out");
        }
        else
        {
            context.Output.WriteLine($"Next: formatter test-style {output}    (then edit bibliography.sbn; formatter watch --style-dir {output} refs.json)");
        }
        return ExitCodes.Success;
    }

    private static string Write(string root, string relative, string text, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            relative = relative.Replace(key, value, StringComparison.Ordinal);
            text = text.Replace(key, value, StringComparison.Ordinal);
        }
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static IEnumerable<(string Path, string Text)> Files(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var path = resource.Replace('\\', '/');
            if (!path.StartsWith(ResourcePrefix + prefix, StringComparison.Ordinal)) continue;
            yield return (path[(ResourcePrefix.Length + prefix.Length)..], Resource(path[ResourcePrefix.Length..]));
        }
    }

    private static string Resource(string relative)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().First(n => n.Replace('\\', '/') == ResourcePrefix + relative);
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex StyleId();
}
