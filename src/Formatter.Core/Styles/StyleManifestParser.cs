using System.Text;
using System.Text.Json;

namespace Formatter.Core.Styles;

/// <summary>
/// Reads a <c>style.json</c> into a <see cref="StyleManifest"/> with a forward-only JSON reader. Comments and trailing
/// commas are allowed, unknown keys are skipped, and a value of the wrong kind is a <see cref="JsonException"/> naming
/// its path, line and column. (The serializer did the same work, but building its metadata for these types cost
/// a one-record run more than reading every manifest. A hand-written reader was tried too and measured no faster:
/// the first use of System.Text.Json's search tables moves to the regular expressions, which build the same kind.)
/// </summary>
internal static class StyleManifestParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses the text of a manifest.</summary>
    public static StyleManifest Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    /// <summary>Parses the UTF-8 text of a manifest (a byte order mark is allowed).</summary>
    public static StyleManifest Parse(byte[] utf8)
    {
        var json = utf8.AsSpan();
        if (json.StartsWith(Encoding.UTF8.Preamble)) json = json[Encoding.UTF8.Preamble.Length..];
        var reader = new Utf8JsonReader(json, ReaderOptions);
        reader.Read();
        var manifest = new StyleManifest();
        Expect(ref reader, json, "$", JsonTokenType.StartObject, "an object");
        while (NextProperty(ref reader, out var key))
        {
            var path = "$." + key;
            switch (key)
            {
                case "id": manifest.Id = String(ref reader, json, path) ?? ""; break;
                case "title": manifest.Title = String(ref reader, json, path) ?? ""; break;
                case "edition": manifest.Edition = String(ref reader, json, path); break;
                case "locale": manifest.Locale = String(ref reader, json, path) ?? manifest.Locale; break;
                case "templates": manifest.Templates = Strings(ref reader, json, path); break;
                case "options": manifest.Options = Strings(ref reader, json, path); break;
                case "names": manifest.Names = Tables(ref reader, json, path); break;
                case "passes": manifest.Passes = List(ref reader, json, path); break;
                case "terms": manifest.Terms = Tables(ref reader, json, path); break;
                case "aliases": manifest.Aliases = List(ref reader, json, path); break;
                case "variants": manifest.Variants = Variants(ref reader, json, path); break;
                default: reader.Skip(); break;
            }
        }
        // Anything but white space and comments after the manifest is an error of the reader's own.
        reader.Read();
        return manifest;
    }

    private static List<StyleVariantManifest> Variants(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var variants = new List<StyleVariantManifest>();
        if (reader.TokenType == JsonTokenType.Null) return variants;
        Expect(ref reader, json, path, JsonTokenType.StartArray, "an array of objects");
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            var itemPath = $"{path}[{variants.Count}]";
            var variant = new StyleVariantManifest();
            Expect(ref reader, json, itemPath, JsonTokenType.StartObject, "an object");
            while (NextProperty(ref reader, out var key))
            {
                var keyPath = itemPath + "." + key;
                switch (key)
                {
                    case "id": variant.Id = String(ref reader, json, keyPath) ?? ""; break;
                    case "title": variant.Title = String(ref reader, json, keyPath); break;
                    case "edition": variant.Edition = String(ref reader, json, keyPath); break;
                    case "options": variant.Options = Strings(ref reader, json, keyPath); break;
                    case "names": variant.Names = Tables(ref reader, json, keyPath); break;
                    case "passes": variant.Passes = reader.TokenType == JsonTokenType.Null ? null : List(ref reader, json, keyPath); break;
                    case "aliases": variant.Aliases = List(ref reader, json, keyPath); break;
                    default: reader.Skip(); break;
                }
            }
            variants.Add(variant);
        }
        return variants;
    }

    /// <summary>An object of string values; null is an empty one.</summary>
    private static Dictionary<string, string> Strings(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var values = new Dictionary<string, string>();
        if (reader.TokenType == JsonTokenType.Null) return values;
        Expect(ref reader, json, path, JsonTokenType.StartObject, "an object of strings");
        while (NextProperty(ref reader, out var key))
            values[key] = String(ref reader, json, path + "." + key) ?? throw Error(ref reader, json, path + "." + key, "a string");
        return values;
    }

    /// <summary>An object of objects of string values (name presets, terms by language).</summary>
    private static Dictionary<string, Dictionary<string, string>> Tables(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var tables = new Dictionary<string, Dictionary<string, string>>();
        if (reader.TokenType == JsonTokenType.Null) return tables;
        Expect(ref reader, json, path, JsonTokenType.StartObject, "an object of objects");
        while (NextProperty(ref reader, out var key))
            tables[key] = Strings(ref reader, json, path + "." + key);
        return tables;
    }

    /// <summary>An array of strings; null is an empty one.</summary>
    private static List<string> List(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        var list = new List<string>();
        if (reader.TokenType == JsonTokenType.Null) return list;
        Expect(ref reader, json, path, JsonTokenType.StartArray, "an array of strings");
        while (Next(ref reader) != JsonTokenType.EndArray)
            list.Add(String(ref reader, json, $"{path}[{list.Count}]") ?? throw Error(ref reader, json, $"{path}[{list.Count}]", "a string"));
        return list;
    }

    private static string? String(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Error(ref reader, json, path, "a string"),
    };

    /// <summary>Moves to the next key of the object being read and then onto its value; false at the object's end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader, out string key)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            key = "";
            return false;
        }
        key = reader.GetString()!;
        reader.Read();
        return true;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType;
    }

    /// <summary>A value of the wrong kind, at its line and column (both counted from 0, as the reader's own errors are).</summary>
    private static JsonException Error(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, string expected)
    {
        var before = json[..(int)reader.TokenStartIndex];
        var line = before.Count((byte)'\n');
        var column = before.Length - (before.LastIndexOf((byte)'\n') + 1);
        return new JsonException($"{path} must be {expected}, not {Describe(reader.TokenType)}", path, line, column);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static void Expect(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, JsonTokenType token, string expected)
    {
        if (reader.TokenType != token) throw Error(ref reader, json, path, expected);
    }
}
