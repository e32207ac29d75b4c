using System.Text.Json;
using Formatter.Diagnostics;
using Formatter.Records;

namespace Formatter.Core.Styles;

/// <summary>Reads a <c>style.json</c> and resolves it into one <see cref="StyleDefinition"/> per variant.</summary>
internal static class StyleManifestReader
{
    /// <summary>The manifest file name.</summary>
    public const string FileName = "style.json";


    /// <summary>Reads the manifest in <paramref name="folder"/>; problems become diagnostics, never exceptions.</summary>
    public static IReadOnlyList<StyleDefinition> Read(string folder, string plugin, ICollection<Diagnostic> diagnostics)
    {
        var path = Path.Combine(folder, FileName);
        StyleManifest? manifest;
        try
        {
            manifest = StyleManifestParser.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"plugin '{plugin}': invalid style manifest: {e.Message}")
            {
                Location = new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1),
            });
            return [];
        }
        catch (IOException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"plugin '{plugin}': cannot read style manifest: {e.Message}") { Location = new SourceLocation(path, 0) });
            return [];
        }
        if (manifest is null || string.IsNullOrWhiteSpace(manifest.Id) || !manifest.Templates.ContainsKey("bibliography"))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"plugin '{plugin}': style manifest needs an \"id\" and a \"templates.bibliography\" entry") { Location = new SourceLocation(path, 1) });
            return [];
        }
        if (manifest.Variants.Count == 0) return [Resolve(manifest, null, folder, plugin)];
        var styles = new List<StyleDefinition>(manifest.Variants.Count);
        foreach (var variant in manifest.Variants) styles.Add(Resolve(manifest, variant, folder, plugin));
        return styles;
    }

    private static StyleDefinition Resolve(StyleManifest family, StyleVariantManifest? variant, string folder, string plugin)
    {
        var options = new Dictionary<string, string>(family.Options, StringComparer.Ordinal);
        // Loops rather than ToDictionary: read in every run, where LINQ's first use costs more than the work.
        var names = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (key, value) in family.Names) names[key] = value;
        if (variant is not null)
        {
            foreach (var (key, value) in variant.Options) options[key] = value;
            foreach (var (key, value) in variant.Names) names[key] = value;
        }
        return new StyleDefinition
        {
            Id = variant?.Id ?? family.Id,
            Title = variant?.Title ?? family.Title,
            Edition = variant?.Edition ?? family.Edition,
            Plugin = plugin,
            Folder = folder,
            Locale = family.Locale,
            Templates = family.Templates,
            Options = options,
            NamePresets = names,
            Passes = variant?.Passes ?? family.Passes,
            Terms = Terms(family),
            Aliases = variant is null ? family.Aliases : variant.Aliases,
        };
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Terms(StyleManifest family)
    {
        var terms = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in family.Terms) terms[key] = value;
        return terms;
    }
}
