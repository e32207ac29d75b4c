using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Templating;

/// <summary>
/// Resolves <c>include 'name'</c> inside one style folder only: <c>name</c> or <c>name.sbn</c> relative to the folder;
/// absolute paths and paths that leave the folder are refused.
/// </summary>
internal sealed class ConfinedTemplateLoader(string folder, IReadOnlyDictionary<string, string> sources) : ITemplateLoader
{
    // One loader per render session (one thread): names resolve once, not at every include of every entry.
    private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!_resolved.TryGetValue(templateName, out var relative)) _resolved[templateName] = relative = Normalize(templateName);
        if (relative is null || !sources.ContainsKey(relative))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found in the style folder '{Path.GetFileName(folder)}' (includes cannot leave it)");
        return relative;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => sources[templatePath];

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>The folder-relative key of a template name, or null when it would leave the folder.</summary>
    public static string? Normalize(string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName)) return null;
        var parts = templateName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p is "." or "..")) return null;
        var relative = string.Join('/', parts);
        return relative.EndsWith(".sbn", StringComparison.Ordinal) ? relative : relative + ".sbn";
    }
}
