namespace Formatter.Core.Styles;

/// <summary>A style ready to build: its manifest resolved against one variant, its folder and the plugin it came from.</summary>
internal sealed record StyleDefinition
{
    /// <summary>The style id (<c>apa</c>, <c>chicago-author-date</c> …).</summary>
    public required string Id { get; init; }

    /// <summary>Human title.</summary>
    public required string Title { get; init; }

    /// <summary>Edition of the guide.</summary>
    public string? Edition { get; init; }

    /// <summary>The plugin (folder name) that provides the style.</summary>
    public required string Plugin { get; init; }

    /// <summary>The folder holding the style's manifest and templates.</summary>
    public required string Folder { get; init; }

    /// <summary>The default locale.</summary>
    public required string Locale { get; init; }

    /// <summary>Template files by purpose.</summary>
    public required IReadOnlyDictionary<string, string> Templates { get; init; }

    /// <summary>Option defaults.</summary>
    public required IReadOnlyDictionary<string, string> Options { get; init; }

    /// <summary>Name-list presets.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NamePresets { get; init; }

    /// <summary>List passes in order.</summary>
    public required IReadOnlyList<string> Passes { get; init; }

    /// <summary>Term overrides by language, then term.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Terms { get; init; }

    /// <summary>Other ids.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
