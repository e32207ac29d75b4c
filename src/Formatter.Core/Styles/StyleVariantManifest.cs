using System.Text.Json.Serialization;

namespace Formatter.Core.Styles;

/// <summary>A variant of a style: its own id and title, and overrides of the family's options and passes.</summary>
internal sealed class StyleVariantManifest
{
    /// <summary>The style id of the variant.</summary>
    [JsonPropertyName("id")] public string Id { get; set; } = "";

    /// <summary>Human title.</summary>
    [JsonPropertyName("title")] public string? Title { get; set; }

    /// <summary>Edition, when it differs from the family's.</summary>
    [JsonPropertyName("edition")] public string? Edition { get; set; }

    /// <summary>Option overrides.</summary>
    [JsonPropertyName("options")] public Dictionary<string, string> Options { get; set; } = new();

    /// <summary>Name-preset overrides (whole presets).</summary>
    [JsonPropertyName("names")] public Dictionary<string, Dictionary<string, string>> Names { get; set; } = new();

    /// <summary>Pass list replacing the family's, when given.</summary>
    [JsonPropertyName("passes")] public List<string>? Passes { get; set; }

    /// <summary>Other ids the variant answers to.</summary>
    [JsonPropertyName("aliases")] public List<string> Aliases { get; set; } = new();
}
