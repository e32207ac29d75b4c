using System.Text.Json;
using System.Text.RegularExpressions;
using Formatter.Core.Lists;
using Formatter.Core.Locales;
using Formatter.Core.Styles;
using Formatter.Core.Templating;
using Formatter.Diagnostics;

namespace Formatter.Core.Authoring;

/// <summary>Checks a <c>style.json</c> beyond what loading needs: unknown keys, templates that do not exist, name presets, passes, option values.</summary>
internal static partial class ManifestChecker
{
    private static readonly HashSet<string> KnownKeys = ["id", "title", "edition", "locale", "templates", "options", "names", "passes", "terms", "aliases", "variants"];
    private static readonly HashSet<string> KnownPurposes = ["bibliography", "citation"];

    /// <summary>Adds the manifest's problems to <paramref name="diagnostics"/>; returns the manifest, or null when it cannot be read.</summary>
    public static StyleManifest? Check(string folder, IReadOnlyCollection<string> extensionPasses, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(folder, StyleManifestReader.FileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(Error(new Formatter.Records.SourceLocation(path, 0), $"no {StyleManifestReader.FileName} in the folder"));
            return null;
        }
        var loadErrors = new List<Diagnostic>();
        StyleManifestReader.Read(folder, Path.GetFileName(folder), loadErrors);
        diagnostics.AddRange(loadErrors);
        if (loadErrors.Count > 0) return null;

        var text = File.ReadAllText(path);
        var at = new JsonKeyLocator(path, text);
        var manifest = StyleManifestParser.Parse(text);
        using (var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
        {
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !KnownKeys.Contains(p.Name)))
                diagnostics.Add(Warning(at.Find(property.Name), NameSuggestion.Closest(property.Name, KnownKeys) is { } near
                    ? $"unknown manifest key \"{property.Name}\" (ignored); did you mean \"{near}\"?"
                    : $"unknown manifest key \"{property.Name}\" (known: {string.Join(", ", KnownKeys)})"));
        }
        if (!StyleId().IsMatch(manifest.Id))
            diagnostics.Add(Warning(at.Find("id"), $"style id '{manifest.Id}' should be lower case letters, digits, '-' and '.'"));
        if (string.IsNullOrWhiteSpace(manifest.Title))
            diagnostics.Add(Warning(at.Find("id"), "the manifest has no \"title\""));
        if (LocaleStore.Default.GetExact(manifest.Locale) is null && LocaleStore.Default.GetExact(LanguageTag.PrimaryOf(manifest.Locale)) is null)
            diagnostics.Add(Warning(at.Find("locale"), $"locale '{manifest.Locale}' is not built in (built in: {string.Join(", ", LocaleStore.EmbeddedTags)}); English terms are used"));
        else if (!IsKnownCulture(manifest.Locale))
            diagnostics.Add(Warning(at.Find("locale"), $"locale '{manifest.Locale}' is not a known language tag (a region is a country code: en-GB, not en-UK); the data of '{LanguageTag.PrimaryOf(manifest.Locale)}' is used"));

        foreach (var (purpose, file) in manifest.Templates)
        {
            if (!KnownPurposes.Contains(purpose))
                diagnostics.Add(Warning(at.Find(purpose, "templates"), $"template purpose '{purpose}' is not used (known: bibliography, citation)"));
            var key = ConfinedTemplateLoader.Normalize(file);
            if (key is null)
                diagnostics.Add(Error(at.Find(file, "templates"), $"the {purpose} template '{file}' is outside the style folder"));
            else if (!File.Exists(Path.Combine(folder, key)))
                diagnostics.Add(Error(at.Find(file, "templates"), $"the {purpose} template '{file}' is missing"));
        }
        CheckOptions(manifest.Options, at, diagnostics);
        foreach (var variant in manifest.Variants) CheckOptions(variant.Options, at, diagnostics);

        var locale = LocaleStore.Default.Get(manifest.Locale);
        // A preset may take a value from an option (`"$et-al-min"`): the family's options, or a variant's over them.
        var presets = manifest.Names.Select(p => (p.Key, p.Value, Options: (IReadOnlyDictionary<string, string>)manifest.Options))
            .Concat(manifest.Variants.SelectMany(v => v.Names.Select(p => (p.Key, p.Value, Options: Merged(manifest.Options, v.Options)))));
        foreach (var (name, preset, options) in presets)
        {
            try
            {
                NamePresetReader.Read(name, preset, locale, options);
            }
            catch (InvalidOperationException e)
            {
                diagnostics.Add(Error(at.Find(name, "names"), e.Message));
            }
        }
        foreach (var pass in manifest.Passes.Concat(manifest.Variants.SelectMany(v => v.Passes ?? [])).Distinct())
        {
            if (BuiltInPasses.Find(pass) is null && !extensionPasses.Contains(pass))
                diagnostics.Add(Error(at.Find(pass, "passes"), $"unknown list pass '{pass}' (built in: sort, sort-entries, year-suffix, number, same-surname-initials{(extensionPasses.Count > 0 ? "; from the plugin: " + string.Join(", ", extensionPasses) : "")})"));
        }
        foreach (var variant in manifest.Variants.Where(v => string.IsNullOrWhiteSpace(v.Id)))
            diagnostics.Add(Error(at.Find("variants"), "a variant has no \"id\""));
        return manifest;
    }

    // The values of the options the host itself reads, by the same rules as a user's --option.
    private static void CheckOptions(IReadOnlyDictionary<string, string> options, JsonKeyLocator at, List<Diagnostic> diagnostics)
    {
        foreach (var (name, value) in options)
        {
            if (StyleOptionCheck.BuiltIn.Contains(name) && StyleOptionCheck.ValueProblem(name, value, declared: null) is { } problem)
                diagnostics.Add(Error(at.Find(name, "options"), $"option {name}: {problem}"));
        }
    }

    private static readonly Lazy<HashSet<string>> Cultures = new(() =>
        System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.AllCultures).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));

    // A tag the runtime knows (en-GB, ru-RU), or a bare language; en-UK is neither.
    private static bool IsKnownCulture(string tag) => !tag.Contains('-') || Cultures.Value.Contains(tag.Replace('_', '-'));

    private static IReadOnlyDictionary<string, string> Merged(IReadOnlyDictionary<string, string> family, IReadOnlyDictionary<string, string> variant)
    {
        var merged = new Dictionary<string, string>(family, StringComparer.Ordinal);
        foreach (var (key, value) in variant) merged[key] = value;
        return merged;
    }

    private static Diagnostic Error(Formatter.Records.SourceLocation where, string message) =>
        new(DiagnosticSeverity.Error, message) { Location = where };

    private static Diagnostic Warning(Formatter.Records.SourceLocation where, string message) =>
        new(DiagnosticSeverity.Warning, message) { Location = where };

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex StyleId();
}
