using Scriban;

namespace Formatter.Core.Templating.Evaluation;

/// <summary>Every template of a style lowered to an evaluation tree, with the names of the global variable slots they share.</summary>
internal sealed class LoweredStyle(IReadOnlyList<string> globalNames, IReadOnlyDictionary<string, LoweredTemplate> templates, IReadOnlyDictionary<Template, LoweredTemplate> byTemplate,
    IReadOnlyList<(string Module, string Member)> builtinMembers, int constantCount)
{
    /// <summary>How many literal arrays and objects made only of literals the templates hold (<see cref="ConstantLiteralNode"/>).</summary>
    public int ConstantCount { get; } = constantCount;

    /// <summary>The members of Scriban's modules the templates name (<c>array.contains</c> …), whether the module is theirs at run time or not.</summary>
    public IReadOnlyList<(string Module, string Member)> BuiltinMembers { get; } = builtinMembers;

    /// <summary>Global variable names by slot.</summary>
    public IReadOnlyList<string> GlobalNames { get; } = globalNames;

    /// <summary>The lowered templates by folder-relative path.</summary>
    public IReadOnlyDictionary<string, LoweredTemplate> Templates { get; } = templates;

    /// <summary>The lowered form of a parsed template of the style.</summary>
    public LoweredTemplate? For(Template template) => byTemplate.GetValueOrDefault(template);
}
