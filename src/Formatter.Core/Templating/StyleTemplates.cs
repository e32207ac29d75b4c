using Formatter.Core.Styles;
using Formatter.Diagnostics;
using Formatter.Records;
using Scriban;

namespace Formatter.Core.Templating;

/// <summary>The templates of one style folder, read and parsed once. Parse errors name style, file, line and column.</summary>
internal sealed class StyleTemplates
{
    private readonly Dictionary<string, Template> _byPurpose;

    private StyleTemplates(string folder, Dictionary<string, string> sources, Dictionary<string, Template> parsed, Dictionary<string, Template> byPurpose)
    {
        Folder = folder;
        Sources = sources;
        Parsed = parsed;
        _byPurpose = byPurpose;
        Lowered = Evaluation.TemplateLowering.Lower(parsed, out var unsupported);
        NotLowered = unsupported is var (file, construct) ? $"{file}: {construct}" : null;
    }

    /// <summary>The style folder.</summary>
    public string Folder { get; }

    /// <summary>Template text by folder-relative path (with <c>/</c> and the <c>.sbn</c> extension).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>
    /// Every template parsed, by the same keys: render sessions hand them to their context's include cache, so that
    /// an included part is parsed once per style, not once more in every session.
    /// </summary>
    public IReadOnlyDictionary<string, Template> Parsed { get; }

    /// <summary>
    /// The templates as evaluation trees, which render sessions run instead of Scriban's evaluator (same results, about
    /// twice as fast per entry); null when a template uses a construct the trees do not have (<see cref="NotLowered"/>).
    /// </summary>
    public Evaluation.LoweredStyle? Lowered { get; }

    /// <summary>Why the templates are not lowered (the template and the construct), or null.</summary>
    public string? NotLowered { get; }

    /// <summary>Reads and parses every <c>*.sbn</c> of the style's folder; returns null when any has errors.</summary>
    public static StyleTemplates? Load(StyleDefinition style, ICollection<Diagnostic> diagnostics)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(style.Folder, "*.sbn", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(style.Folder, file).Replace('\\', '/');
            sources[relative] = File.ReadAllText(file);
        }
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (key, text) in sources)
        {
            var template = Template.Parse(text, key);
            if (!template.HasErrors)
            {
                parsed[key] = template;
                continue;
            }
            ok = false;
            foreach (var message in template.Messages)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{style.Id}': {message.Message}{UnclosedBlock.Hint(message.Message, text)}")
                {
                    Location = new SourceLocation(Path.Combine(style.Folder, key), message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                });
            }
        }
        var byPurpose = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (purpose, name) in style.Templates)
        {
            var key = ConfinedTemplateLoader.Normalize(name);
            if (key is not null && parsed.TryGetValue(key, out var template))
            {
                byPurpose[purpose] = template;
            }
            else if (key is null || !sources.ContainsKey(key))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{style.Id}': the {purpose} template '{name}' is missing")
                {
                    Location = new SourceLocation(Path.Combine(style.Folder, "style.json"), 1),
                });
                ok = false;
            }
        }
        return ok ? new StyleTemplates(style.Folder, sources, parsed, byPurpose) : null;
    }

    /// <summary>The parsed template for a purpose (<c>bibliography</c>, <c>citation</c>), or null.</summary>
    public Template? For(string purpose) => _byPurpose.GetValueOrDefault(purpose);
}
