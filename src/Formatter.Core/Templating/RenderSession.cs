using System.Globalization;
using Formatter.Core.Plugins;
using Formatter.Core.Styles;
using Formatter.Plugins;
using Formatter.Records;
using Scriban;
using Scriban.Runtime;

namespace Formatter.Core.Templating;

/// <summary>
/// One template context with its kit, reused for record after record by a single thread at a time.
/// The sandbox: strict variables, loop, recursion and output limits, includes confined to the style folder,
/// invariant culture, and only plain views of records (never .NET domain objects).
/// </summary>
internal sealed class RenderSession
{
    private const int OutputLimit = 200_000;
    private readonly KitTemplateContext _context;
    private readonly RenderState _state;
    private readonly RecordView _record;
    private readonly ScriptObject _locals = new();
    private readonly Evaluation.LoweredStyle? _lowered;
    private readonly Evaluation.TreeEvaluator? _evaluator;

    public RenderSession(StyleDefinition style, StyleTemplates templates, PluginRegistrar extensions, IReadOnlyDictionary<string, string> options)
    {
        _state = new RenderState(style, options);
        _record = new RecordView { SmartQuotes = _state.SmartQuotes };
        var globals = new Kit.KitScope(_state, extensions.Functions);
        var optionsObject = new ScriptObject();
        foreach (var (key, value) in options) optionsObject[key.Replace('-', '_')] = value;
        globals["options"] = optionsObject;
        globals["r"] = _record;
        globals["list"] = new ListValuesView(_state);
        globals.IsReadOnly = true;
        _context = new KitTemplateContext
        {
            StrictVariables = true,
            LoopLimit = 1_000,
            RecursiveLimit = 64,
            ObjectRecursionLimit = 16,
            LimitToString = OutputLimit,
            OutputLimit = 0,
            TemplateLoader = new ConfinedTemplateLoader(templates.Folder, templates.Sources),
            EnableRelaxedMemberAccess = false,
        };
        // Included parts come from the style's one parse; Scriban would otherwise parse each again for this context.
        foreach (var (key, template) in templates.Parsed) _context.CachedTemplates[key] = template;
        _context.PushCulture(CultureInfo.InvariantCulture);
        _context.PushGlobal(globals);
        _lowered = templates.Lowered;
        if (_lowered is not null) _evaluator = new Evaluation.TreeEvaluator(_lowered, _context, globals, _context.BuiltinObject);
    }

    /// <summary>False to render with Scriban's evaluator only (tests compare the two).</summary>
    internal bool UseEvaluationTrees { get; set; } = true;

    /// <summary>How many renders the evaluation trees handed back to Scriban (see <see cref="Evaluation.FallbackRequired"/>).</summary>
    internal int Fallbacks { get; private set; }

    /// <summary>What made the trees hand back to Scriban, by kind, with counts (for tests and benchmarks).</summary>
    internal Dictionary<string, int> FallbackReasons { get; } = new(StringComparer.Ordinal);

    /// <summary>The state kit functions read; diagnostics of the last render are in it.</summary>
    public RenderState State => _state;

    /// <summary>Renders <paramref name="template"/> for one record; throws <see cref="Scriban.Syntax.ScriptRuntimeException"/> on template errors.</summary>
    public string Render(Template template, Record record, ListEntry? entry, string language)
    {
        if (UseEvaluationTrees && _evaluator is not null && _lowered!.For(template) is { } tree)
        {
            _state.Reset(record, entry, language);
            _record.Reset(record, language);
            string? text = null;
            try
            {
                text = _evaluator.Render(tree);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever the tree met (an error, a limit, a value it does not handle), Scriban renders the record
                // again from the start and reports it as it always has (a plugin function that threw is called again).
                Fallbacks++;
                var reason = e is Evaluation.FallbackRequired ? e.Message : $"{e.GetType().Name}: {e.Message}";
                FallbackReasons[reason] = FallbackReasons.GetValueOrDefault(reason) + 1;
            }
            if (text is not null) return Limited(text);
        }
        _state.Reset(record, entry, language);
        _record.Reset(record, language);
        _locals.Clear();
        _context.PushGlobal(_locals);
        string output;
        try
        {
            output = template.Render(_context);
        }
        finally
        {
            _context.PopGlobal();
        }
        return Limited(output);
    }

    private static string Limited(string output) =>
        output.Length > OutputLimit ? throw new InvalidOperationException($"entry longer than {OutputLimit} characters") : output;
}
