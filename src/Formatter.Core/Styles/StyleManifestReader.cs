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
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"plugin '{plugin}': invalid style manifest: {WithoutPosition(e.Message)}")
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
        var missing = manifest is null ? "\"id\" and no \"templates\": { \"bibliography\": … } entry"
            : string.IsNullOrWhiteSpace(manifest.Id) ? "\"id\" (the style's name on the command line)"
            : !manifest.Templates.ContainsKey("bibliography") ? "\"templates\": { \"bibliography\": \"FILE.sbn\" } entry"
            : null;
        if (manifest is null || missing is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"plugin '{plugin}': the style manifest has no {missing}") { Location = new SourceLocation(path, 1) });
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

    // System.Text.Json ends its messages with the path and position, which the diagnostic's location already gives.
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0) at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
