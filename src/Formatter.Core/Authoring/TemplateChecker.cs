using Formatter.Core.Locales;
using Formatter.Core.Styles;
using Formatter.Core.Templating;
using Formatter.Diagnostics;
using Formatter.Records;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Formatter.Core.Authoring;

/// <summary>
/// Checks the templates of a style folder without rendering them: parse errors, <c>r.NAME</c> that is no CSL variable,
/// functions and variables that are neither kit, plugin, Scriban built-ins nor assigned anywhere in the folder, includes
/// of files that do not exist, name presets and date or name variables that do not exist, undeclared options.
/// Templates of one folder share one scope (includes), so a name assigned in any of them counts as defined.
/// </summary>
internal sealed class TemplateChecker
{
    private static readonly HashSet<string> TemplateGlobals = ["r", "options", "list"];
    private static readonly HashSet<string> RecordMembers = ["id", "type", "language"];
    private static readonly HashSet<string> DateFunctions = ["year", "date_text", "date_parts"];
    private static readonly HashSet<string> NameFunctions = ["names", "name_count"];

    private readonly string _folder;
    private readonly StyleManifest _manifest;
    private readonly HashSet<string> _known;
    private readonly HashSet<string> _options;
    private readonly Locale _locale;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    private TemplateChecker(string folder, StyleManifest manifest, IReadOnlyCollection<string> extensionFunctions, List<Diagnostic> diagnostics)
    {
        _folder = folder;
        _manifest = manifest;
        _diagnostics = diagnostics;
        _locale = LocaleStore.Default.Get(manifest.Locale);
        _known = new HashSet<string>(KitFunctionNames(), StringComparer.Ordinal);
        _known.UnionWith(extensionFunctions);
        _known.UnionWith(TemplateGlobals);
        _known.UnionWith(LazyBuiltins.Names);
        _options = manifest.Options.Keys.Concat(manifest.Variants.SelectMany(v => v.Options.Keys)).Concat(StyleOptionCheck.BuiltIn)
            .Select(o => o.Replace('-', '_')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Checks every <c>*.sbn</c> below <paramref name="folder"/>.</summary>
    public static void Check(string folder, StyleManifest manifest, IReadOnlyCollection<string> extensionFunctions, List<Diagnostic> diagnostics) =>
        new TemplateChecker(folder, manifest, extensionFunctions, diagnostics).Run();

    private void Run()
    {
        var parsed = new List<(string File, ScriptPage Page)>();
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var parseErrors = false;
        foreach (var file in Directory.EnumerateFiles(_folder, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = Path.GetRelativePath(_folder, file).Replace('\\', '/');
            var source = File.ReadAllText(file);
            _sources[file] = source;
            var template = Template.Parse(source, key);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    Add(DiagnosticSeverity.Error, file, message.Span, message.Message + UnclosedBlock.Hint(message.Message, source));
                parseErrors = true;
                continue;
            }
            templates[key] = template;
            if (template.Page is { } page) parsed.Add((file, page));
        }
        foreach (var (_, page) in parsed) DefinedVariables.Collect(page, variable => _known.Add(variable.Name));
        foreach (var (file, page) in parsed) Walk(page, node => Use(file, node));
        // Only a style whose templates all parse can be lowered; the construct named is the first the trees lack.
        if (!parseErrors && Templating.Evaluation.TemplateLowering.Lower(templates, out var unsupported) is null && unsupported is var (name, construct))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info,
                $"the style renders with Scriban's own evaluator, about half as fast as on evaluation trees, because of {construct} (see WRITING-A-STYLE.md, \"Speed\")")
            {
                Location = new SourceLocation(Path.Combine(_folder, name), 1),
            });
        }
    }

    private void Use(string file, ScriptNode node)
    {
        switch (node)
        {
            case ScriptVariableGlobal variable when IsUse(variable) && !_known.Contains(variable.Name):
                Add(DiagnosticSeverity.Error, file, variable.Span, $"unknown function or variable '{variable.Name}' (not in the kit, the plugin, Scriban's built-ins, nor assigned in a template of this style){Hint(NameSuggestion.Closest(variable.Name, _known))}");
                break;
            case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "r" }, Member: ScriptVariable member } when !IsRecordVariable(member.Name):
                Add(DiagnosticSeverity.Error, file, member.Span, NameSuggestion.Closest(member.Name, RecordMemberNames.Value) is { } near
                    ? $"r.{member.Name} is not a CSL variable; did you mean r.{near}?"
                    : $"r.{member.Name} is not a CSL variable (variables are written in snake_case, e.g. r.container_title)");
                break;
            case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "options" }, Member: ScriptVariable option } when !_options.Contains(option.Name):
                Add(DiagnosticSeverity.Warning, file, option.Span, $"options.{option.Name} is not declared in style.json \"options\": it is always null (an option the manifest does not declare is ignored when a user gives it); declare it with its default");
                break;
            case ScriptFunctionCall { Target: ScriptVariableGlobal function } call:
                CheckCall(file, function.Name, call.Arguments.Select(Literal).ToList(), call);
                CheckLastArgument(file, call);
                break;
            case ScriptFunctionCall call:
                CheckLastArgument(file, call);
                break;
        }
    }

    private void CheckCall(string file, string function, IReadOnlyList<string?> arguments, ScriptNode call)
    {
        var first = arguments.Count > 0 ? arguments[0] : null;
        if (first is null) return;
        if (function == "include")
        {
            var key = ConfinedTemplateLoader.Normalize(first);
            if (key is null || !File.Exists(Path.Combine(_folder, key)))
                Add(DiagnosticSeverity.Error, file, call.Span, $"include '{first}' not found in the style folder (includes cannot leave it)");
        }
        else if (DateFunctions.Contains(function) && !CslVariables.DateVariables.Contains(first))
            Add(DiagnosticSeverity.Error, file, call.Span, $"{function} '{first}': '{first}' is not a CSL date variable");
        else if (NameFunctions.Contains(function))
        {
            if (!CslVariables.NameVariables.Contains(first))
                Add(DiagnosticSeverity.Error, file, call.Span, $"{function} '{first}': '{first}' is not a CSL name variable");
            if (function == "names" && arguments.Count > 1 && arguments[1] is { } preset && preset != "default"
                && !_manifest.Names.ContainsKey(preset) && !_manifest.Variants.Any(v => v.Names.ContainsKey(preset)))
                Add(DiagnosticSeverity.Error, file, call.Span, $"names '{first}' '{preset}': style.json has no name preset '{preset}'");
        }
        else if (function == "term" && !_locale.HasTerm(first) && !LocaleStore.Default.Get("en").HasTerm(first)
                 && !_manifest.Terms.Values.Any(t => t.ContainsKey(first)))
            Add(DiagnosticSeverity.Error, file, call.Span, $"unknown term '{first}' (not in the locale nor in style.json \"terms\")");
    }

    /// <summary>
    /// Scriban reads <c>f a b || c</c> as <c>f a (b || c)</c>: a call's arguments run to the end of the expression, so an
    /// operator written after a call (a comparison, <c>||</c>, <c>??</c>, <c>+</c> …) is taken into its last argument,
    /// silently. An argument meant to be an operation is written in parentheses, and then not warned about.
    /// </summary>
    private void CheckLastArgument(string file, ScriptFunctionCall call)
    {
        if (call.ExplicitCall || call.Arguments.Count == 0 || call.Arguments[^1] is not ScriptBinaryExpression last) return;
        var name = call.Target is { } target ? SourceOf(file, target.Span) : "the function";
        Add(DiagnosticSeverity.Warning, file, last.Span,
            $"'{SourceOf(file, last.Span)}' is the last argument of {name} (Scriban reads `f a b || c` as `f a (b || c)`): to apply {last.OperatorAsText} to the call's result, write ({name} …) {last.OperatorAsText} …; to keep it in the argument, put the argument in parentheses");
    }

    private string SourceOf(string file, Scriban.Parsing.SourceSpan span) =>
        _sources.TryGetValue(file, out var source) && span.Start.Offset >= 0 && span.End.Offset < source.Length && span.End.Offset >= span.Start.Offset
            ? source[span.Start.Offset..(span.End.Offset + 1)]
            : "the expression";

    private static bool IsUse(ScriptVariableGlobal variable) => variable.Parent switch
    {
        ScriptMemberExpression member when ReferenceEquals(member.Member, variable) => false,
        ScriptAssignExpression assign when ReferenceEquals(assign.Target, variable) => false,
        ScriptForStatement loop when ReferenceEquals(loop.Variable, variable) => false,
        ScriptCaptureStatement capture when ReferenceEquals(capture.Target, variable) => false,
        ScriptFunction function when ReferenceEquals(function.NameOrDoToken, variable) => false,
        ScriptParameter => false,
        ScriptNamedArgument => false,
        ScriptObjectMember => false,
        _ => true,
    };

    private static string Hint(string? near) => near is null ? "" : $"; did you mean '{near}'?";

    // What a template may write after `r.`: the CSL variables in snake_case, and the record's own members.
    private static readonly Lazy<string[]> RecordMemberNames = new(() =>
        CslVariables.StandardVariables.Concat(CslVariables.NameVariables).Concat(CslVariables.DateVariables)
            .Select(v => v.Replace('-', '_')).Where(IsRecordVariable).Concat(RecordMembers)
            .Concat(CslVariables.StandardVariables.Where(v => v.All(char.IsUpper)).Select(v => v.ToLowerInvariant())).Distinct().ToArray());

    private static bool IsRecordVariable(string member)
    {
        if (RecordMembers.Contains(member)) return true;
        var name = RecordView.CslName(member);
        return CslVariables.StandardVariables.Contains(name) || CslVariables.NameVariables.Contains(name) || CslVariables.DateVariables.Contains(name);
    }

    private static string? Literal(ScriptExpression argument) => argument is ScriptLiteral { Value: string text } ? text : null;

    private static void Walk(ScriptNode? node, Action<ScriptNode> visit)
    {
        if (node is null) return;
        visit(node);
        for (var i = 0; i < node.ChildrenCount; i++) Walk(node.GetChildren(i), visit);
    }

    private void Add(DiagnosticSeverity severity, string file, Scriban.Parsing.SourceSpan span, string message) =>
        _diagnostics.Add(new Diagnostic(severity, message) { Location = new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1) });

    private static IEnumerable<string> KitFunctionNames()
    {
        var style = new StyleDefinition
        {
            Id = "check", Title = "", Plugin = "", Folder = "", Locale = "en-US",
            Templates = new Dictionary<string, string>(), Options = new Dictionary<string, string>(),
            NamePresets = new Dictionary<string, IReadOnlyDictionary<string, string>>(), Passes = [],
            Terms = new Dictionary<string, IReadOnlyDictionary<string, string>>(),
        };
        return new Templating.Kit.KitScope(new RenderState(style, new Dictionary<string, string>())).UnboundNames;
    }
}
