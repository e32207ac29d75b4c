using System.Text.Json;

namespace Formatter.Core.Styles;

/// <summary>
/// Reads a <c>style.json</c> into a <see cref="StyleManifest"/>: comments and trailing commas are allowed, unknown
/// keys are skipped, and a value of the wrong kind is a <see cref="JsonException"/> naming its path, line and column.
/// (The serializer did the same work, but building its metadata for these types cost a one-record run more than
/// reading every manifest; see <see cref="ManifestJsonReader"/>.)
/// </summary>
internal static class StyleManifestParser
{
    /// <summary>Parses the text of a manifest.</summary>
    public static StyleManifest Parse(string text)
    {
        var json = new ManifestJsonReader(text);
        var manifest = new StyleManifest();
        json.StartObject("$");
        while (json.NextKey(out var key))
        {
            var path = "$." + key;
            switch (key)
            {
                case "id": manifest.Id = json.ReadStringOrNull(path) ?? ""; break;
                case "title": manifest.Title = json.ReadStringOrNull(path) ?? ""; break;
                case "edition": manifest.Edition = json.ReadStringOrNull(path); break;
                case "locale": manifest.Locale = json.ReadStringOrNull(path) ?? manifest.Locale; break;
                case "templates": manifest.Templates = Strings(json, path); break;
                case "options": manifest.Options = Strings(json, path); break;
                case "names": manifest.Names = Tables(json, path); break;
                case "passes": manifest.Passes = List(json, path); break;
                case "terms": manifest.Terms = Tables(json, path); break;
                case "aliases": manifest.Aliases = List(json, path); break;
                case "variants": manifest.Variants = Variants(json, path); break;
                default: json.SkipValue(); break;
            }
        }
        json.End();
        return manifest;
    }

    private static List<StyleVariantManifest> Variants(ManifestJsonReader json, string path)
    {
        var variants = new List<StyleVariantManifest>();
        if (json.TryReadNull()) return variants;
        json.StartArray(path, "an array of objects");
        while (json.NextItem())
        {
            var itemPath = $"{path}[{variants.Count}]";
            var variant = new StyleVariantManifest();
            json.StartObject(itemPath);
            while (json.NextKey(out var key))
            {
                var keyPath = itemPath + "." + key;
                switch (key)
                {
                    case "id": variant.Id = json.ReadStringOrNull(keyPath) ?? ""; break;
                    case "title": variant.Title = json.ReadStringOrNull(keyPath); break;
                    case "edition": variant.Edition = json.ReadStringOrNull(keyPath); break;
                    case "options": variant.Options = Strings(json, keyPath); break;
                    case "names": variant.Names = Tables(json, keyPath); break;
                    case "passes": variant.Passes = json.TryReadNull() ? null : List(json, keyPath); break;
                    case "aliases": variant.Aliases = List(json, keyPath); break;
                    default: json.SkipValue(); break;
                }
            }
            variants.Add(variant);
        }
        return variants;
    }

    /// <summary>An object of string values; null is an empty one.</summary>
    private static Dictionary<string, string> Strings(ManifestJsonReader json, string path)
    {
        var values = new Dictionary<string, string>();
        if (json.TryReadNull()) return values;
        json.StartObject(path);
        while (json.NextKey(out var key)) values[key] = Required(json, path + "." + key);
        return values;
    }

    /// <summary>An object of objects of string values (name presets, terms by language).</summary>
    private static Dictionary<string, Dictionary<string, string>> Tables(ManifestJsonReader json, string path)
    {
        var tables = new Dictionary<string, Dictionary<string, string>>();
        if (json.TryReadNull()) return tables;
        json.StartObject(path);
        while (json.NextKey(out var key)) tables[key] = Strings(json, path + "." + key);
        return tables;
    }

    /// <summary>An array of strings; null is an empty one.</summary>
    private static List<string> List(ManifestJsonReader json, string path)
    {
        var list = new List<string>();
        if (json.TryReadNull()) return list;
        json.StartArray(path, "an array of strings");
        while (json.NextItem()) list.Add(Required(json, $"{path}[{list.Count}]"));
        return list;
    }

    // A string where null is not one (an option value, a list item).
    private static string Required(ManifestJsonReader json, string path)
    {
        if (json.PeekValue() == 'n') throw json.WrongKind(path, "a string");
        return json.ReadStringOrNull(path)!;
    }
}
