using System.Text.Json.Serialization;

namespace Formatter.Core.Styles;

/// <summary>
/// The <c>style.json</c> of a style folder: identity, templates, options, name presets, list passes and variants.
/// A variant is a set of option overrides of the same templates, never a copy of them.
/// </summary>
internal sealed class StyleManifest
{
    /// <summary>The style id, or the family id when the manifest has variants.</summary>
    [JsonPropertyName("id")] public string Id { get; set; } = "";

    /// <summary>Human title.</summary>
    [JsonPropertyName("title")] public string Title { get; set; } = "";

    /// <summary>Edition of the style guide, e.g. <c>7th</c>.</summary>
    [JsonPropertyName("edition")] public string? Edition { get; set; }

    /// <summary>The locale used when a record states no language and none can be inferred.</summary>
    [JsonPropertyName("locale")] public string Locale { get; set; } = "en-US";

    /// <summary>Entry templates by purpose: <c>bibliography</c> (required) and <c>citation</c>.</summary>
    [JsonPropertyName("templates")] public Dictionary<string, string> Templates { get; set; } = new();

    /// <summary>Options templates read as <c>options.NAME</c>; users override them with <c>--option name=value</c>.</summary>
    [JsonPropertyName("options")] public Dictionary<string, string> Options { get; set; } = new();

    /// <summary>Named name-list presets used by the <c>names</c> kit function.</summary>
    [JsonPropertyName("names")] public Dictionary<string, Dictionary<string, string>> Names { get; set; } = new();

    /// <summary>List passes in order (<c>sort</c>, <c>year-suffix</c>, plugin passes …).</summary>
    [JsonPropertyName("passes")] public List<string> Passes { get; set; } = new();

    /// <summary>Term overrides by language (<c>en</c>, <c>ru</c> …) then term name.</summary>
    [JsonPropertyName("terms")] public Dictionary<string, Dictionary<string, string>> Terms { get; set; } = new();

    /// <summary>Other ids the style answers to.</summary>
    [JsonPropertyName("aliases")] public List<string> Aliases { get; set; } = new();

    /// <summary>Variants; when present, each is a style of its own and the family id is not one.</summary>
    [JsonPropertyName("variants")] public List<StyleVariantManifest> Variants { get; set; } = new();
}
