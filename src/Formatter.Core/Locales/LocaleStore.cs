using System.Collections.Concurrent;

namespace Formatter.Core.Locales;

/// <summary>
/// Loads and caches locales from JSON data files (by default the resources <c>Formatter.Locales.&lt;tag&gt;.json</c>
/// embedded from <c>Locales/Data</c>). <see cref="Get"/> resolves a tag through <see cref="LanguageTag.FallbackChain"/>
/// (<c>ru-RU</c> → <c>ru</c> → <c>en</c>); a region file (<c>en-GB.json</c>) is laid over its language file.
/// Thread-safe.
/// </summary>
internal sealed class LocaleStore
{
    private const string ResourcePrefix = "Formatter.Locales.";
    private readonly Func<string, string?> _readFile;
    private readonly ConcurrentDictionary<string, Locale?> _exact = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Locale> _resolved = new(StringComparer.Ordinal);

    /// <summary>Creates a store over a file reader: given a normalized tag, it returns the JSON text or null when absent.</summary>
    public LocaleStore(Func<string, string?> readFile) => _readFile = readFile;

    /// <summary>The store over the data embedded in Formatter.Core.</summary>
    public static LocaleStore Default { get; } = new(ReadEmbedded);

    /// <summary>The tags of the embedded data files.</summary>
    public static IReadOnlyList<string> EmbeddedTags { get; } = FindEmbeddedTags();

    /// <summary>The locale for a tag, falling back to less specific tags and finally to <c>en</c>; never null.</summary>
    /// <exception cref="InvalidOperationException">Not even <c>en</c> exists.</exception>
    public Locale Get(string? tag) => _resolved.GetOrAdd(LanguageTag.Normalize(tag), Resolve);

    /// <summary>The locale whose data file is exactly <paramref name="tag"/> (laid over its parents), or null.</summary>
    public Locale? GetExact(string tag) => LoadExact(LanguageTag.Normalize(tag));

    private Locale Resolve(string tag)
    {
        foreach (var candidate in LanguageTag.FallbackChain(tag))
            if (LoadExact(candidate) is { } locale) return locale;
        throw new InvalidOperationException("No locale data for '" + tag + "' and no 'en' fallback.");
    }

    private Locale? LoadExact(string tag) => tag.Length == 0 ? null : _exact.GetOrAdd(tag, Load);

    private Locale? Load(string tag)
    {
        var json = _readFile(tag);
        if (json is null) return null;
        var dash = tag.LastIndexOf('-');
        var parent = dash < 0 ? null : Get(tag[..dash]);
        return LocaleReader.Read(json, tag, parent is not null && parent.Language == LanguageTag.PrimaryOf(tag) ? parent : null);
    }

    private static string? ReadEmbedded(string tag)
    {
        using var stream = typeof(LocaleStore).Assembly.GetManifestResourceStream(ResourcePrefix + tag + ".json");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<string> FindEmbeddedTags()
    {
        var tags = new List<string>();
        foreach (var name in typeof(LocaleStore).Assembly.GetManifestResourceNames())
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
                tags.Add(name[ResourcePrefix.Length..^".json".Length]);
        tags.Sort(StringComparer.Ordinal);
        return tags;
    }
}
