using Formatter.Core.Api;
using Formatter.Core.Lists;
using Formatter.Core.Plugins;
using Formatter.Core.Styles;
using Formatter.Core.Text;
using Formatter.Diagnostics;
using Formatter.Plugins;
using Formatter.Records;
using Scriban;
using Scriban.Syntax;

namespace Formatter.Core.Templating;

/// <summary>
/// One style with one set of options, ready to format: templates parsed, passes resolved. Immutable and thread-safe;
/// render sessions are pooled so that concurrent callers never share a template context.
/// </summary>
internal sealed class StyleEngine
{
    private const int ParallelThreshold = 256;
    private readonly StyleTemplates _templates;
    private readonly PluginRegistrar _extensions;
    private readonly IReadOnlyList<(string Name, IListPass Pass)> _passes;
    // A locked stack rather than a ConcurrentBag: the bag's first miss starts its tracing event source, a few
    // milliseconds of a one-record run; a session is taken and returned once per list and thread, so the lock is idle.
    private readonly Stack<RenderSession> _sessions = new();

    private StyleEngine(StyleDefinition style, StyleTemplates templates, PluginRegistrar extensions, IReadOnlyDictionary<string, string> options, IReadOnlyList<(string, IListPass)> passes)
    {
        Style = style;
        _templates = templates;
        _extensions = extensions;
        Options = options;
        _passes = passes;
    }

    /// <summary>The style.</summary>
    public StyleDefinition Style { get; }

    /// <summary>The options in force (manifest defaults with user overrides).</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>Builds the engine; returns null and reports why when the style cannot be used.</summary>
    public static StyleEngine? Create(StyleDefinition style, StyleTemplates templates, PluginRegistrar extensions, IReadOnlyDictionary<string, string> overrides, ICollection<Diagnostic> diagnostics)
    {
        // A plugin function that cannot be bound fails the style here (reported by the caller), not at its first use.
        foreach (var function in extensions.Functions.Values) Kit.KitFunction.Check(function.Method);
        var options = new Dictionary<string, string>(style.Options, StringComparer.Ordinal);
        foreach (var (key, value) in StyleOptionCheck.Accept(style, overrides, diagnostics)) options[key] = value;
        var passes = new List<(string, IListPass)>();
        foreach (var name in style.Passes)
        {
            var pass = extensions.Passes.GetValueOrDefault(name) ?? BuiltInPasses.Find(name);
            if (pass is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{style.Id}': unknown list pass '{name}'"));
                return null;
            }
            passes.Add((name, pass));
        }
        return new StyleEngine(style, templates, extensions, options, passes);
    }

    /// <summary>
    /// Formats the records as one list: passes before rendering, rendering (in parallel for long lists), passes after.
    /// The diagnostics of each of the three steps go to <paramref name="report"/> when the step ends, in order; without
    /// one, they are collected into the result.
    /// </summary>
    public FormattedBibliography Format(IReadOnlyList<Record> records, bool withCitations = true, Action<Diagnostic>? report = null)
    {
        var collected = report is null ? new List<Diagnostic>() : null;
        report ??= collected!.Add;
        // What the passes report, until their step ends.
        var diagnostics = new List<Diagnostic>();
        // Records kept compact stay so: each is loaded while it is rendered or a pass reads it. Their entries keep every
        // text set on them compact too (see ListEntry.Text), in the records' temporary file when they are in one. Lists
        // of records in memory keep their entries as trees (faster to write).
        var compact = records is ParkedRecordList;
        var spill = (records as ParkedRecordList)?.Spill;
        var entries = records is ParkedRecordList parked ? parked.Parked.Select(r => new ListEntry(r)).ToList() : EntriesOf(records);
        var context = new ListPassContext(Style.Id, entries, Options, diagnostics);
        RunPasses(context, ListPassStage.BeforeRender);
        Hand(diagnostics, report);
        var rendered = new bool[entries.Count];
        var perEntry = new List<Diagnostic>[entries.Count];
        if (entries.Count >= ParallelThreshold)
            Parallel.For(0, entries.Count, () => Rent(), (i, _, session) => RenderEntry(session, entries[i], withCitations, rendered, perEntry, i), Return);
        else
        {
            var session = Rent();
            for (var i = 0; i < entries.Count; i++) RenderEntry(session, entries[i], withCitations, rendered, perEntry, i);
            Return(session);
        }
        for (var i = 0; i < perEntry.Length; i++)
        {
            if (perEntry[i] is not { } list) continue;
            foreach (var diagnostic in list) report(diagnostic);
            perEntry[i] = null!;
        }
        if (spill is not null) CompactHeap();
        var kept = entries.Where((_, i) => rendered[i]).ToList();
        context.Entries.Clear();
        context.Entries.AddRange(kept);
        RunPasses(context, ListPassStage.AfterRender);
        Hand(diagnostics, report);
        // Kept compact: a long list holds its rendered entries until written (an entry a pass added holds a tree).
        var formatted = context.Entries.Select(e => compact
            ? new FormattedEntry(e.RecordId, Compact(e.Text, spill), e.Citation is null ? null : Compact(e.Citation, spill), e.Label)
            : new FormattedEntry(e.RecordId, e.Text, e.Citation, e.Label)).ToList();
        return new FormattedBibliography(Style.Id, formatted, (IReadOnlyList<Diagnostic>?)collected ?? []);
    }

    private static List<ListEntry> EntriesOf(IReadOnlyList<Record> records)
    {
        var entries = new List<ListEntry>(records.Count);
        for (var i = 0; i < records.Count; i++)
            entries.Add(new ListEntry(records[i] ?? throw new ArgumentException($"records[{i}] is null", nameof(records))));
        return entries;
    }

    // A list long enough to be parked in a temporary file has its heap compacted between rendering and the passes after
    // it, which work on the whole list at once (APA's sort): what rendering left behind is then gone before the list's
    // largest moment, instead of being collected, or not yet, while it lasts. 100,000 APA records peaked at
    // 178,092-198,588 KiB in five runs without it and at 170,540-179,368 KiB with it, in about the same time.
    private static void CompactHeap() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    // Gives what the passes of a step reported to the report, and forgets it.
    private static void Hand(List<Diagnostic> diagnostics, Action<Diagnostic> report)
    {
        foreach (var diagnostic in diagnostics) report(diagnostic);
        diagnostics.Clear();
    }

    // A compact text: in the records' temporary file when there is one, else in memory.
    private static Formatter.Text.RichText Compact(Formatter.Text.RichText text, SpillFile? spill) => spill is null ? text.Compact() : text.Spill(spill);

    private void RunPasses(ListPassContext context, ListPassStage stage)
    {
        foreach (var (name, pass) in _passes)
        {
            if (pass.Stage != stage) continue;
            try
            {
                pass.Apply(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var owner = _extensions.Passes.ContainsKey(name) && _extensions.PluginName is { } plugin ? $" of plugin '{plugin}'" : "";
                context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{Style.Id}': list pass '{name}'{owner} failed: {e.GetType().Name}: {e.Message}"));
            }
        }
    }

    private RenderSession RenderEntry(RenderSession session, ListEntry entry, bool withCitation, bool[] rendered, List<Diagnostic>[] diagnostics, int index)
    {
        var record = entry.Record;
        var language = Text.Language.LanguageResolver.Resolve(record);
        // Made when the entry has something to report (most have nothing).
        List<Diagnostic>? found = null;
        try
        {
            entry.Text = Render(session, "bibliography", entry, record, language, ref found) ?? Formatter.Text.RichText.Empty;
            if (withCitation) entry.Citation = Render(session, "citation", entry, record, language, ref found);
            rendered[index] = true;
        }
        catch (ScriptRuntimeException e)
        {
            (found ??= []).Add(TemplateError(e, record));
        }
        catch (Exception e) when (PluginFailure.Blame(e, _extensions.PluginName) is { } plugin)
        {
            // A plugin function that throws fails this record only, reported by plugin name; the host goes on.
            (found ??= []).Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{Style.Id}': plugin '{plugin}' failed while rendering: {PluginFailure.Describe(e)}") { RecordId = record.Id, Location = record.Source });
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            (found ??= []).Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{Style.Id}': {e.Message}") { RecordId = record.Id, Location = record.Source });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            (found ??= []).Add(new Diagnostic(DiagnosticSeverity.Error, $"style '{Style.Id}': internal error while rendering: {PluginFailure.Describe(e)}") { RecordId = record.Id, Location = record.Source });
        }
        if (found is { Count: > 0 }) diagnostics[index] = found;
        return session;
    }

    private Formatter.Text.RichText? Render(RenderSession session, string purpose, ListEntry entry, Record record, string language, ref List<Diagnostic>? found)
    {
        var template = _templates.For(purpose);
        if (template is null) return null;
        var markup = session.Render(template, record, entry, language);
        if (session.State.Diagnostics.Count > 0) (found ??= []).AddRange(session.State.Diagnostics);
        return EntryText.Finish(markup, session.State.Quotes, session.State.PunctuationInQuote);
    }

    private Diagnostic TemplateError(ScriptRuntimeException e, Record record)
    {
        var span = e.Span;
        var file = Path.Combine(_templates.Folder, span.FileName ?? "?");
        var source = span.FileName is { } name ? _templates.Sources.GetValueOrDefault(name) : null;
        var function = PluginFailure.FunctionAt(source, span.Start.Offset, _extensions.Functions.Keys);
        var blame = e.InnerException is not null && _extensions.PluginName is { } plugin && (function is not null || PluginFailure.Blame(e, plugin) is not null)
            ? $"plugin '{plugin}' failed while rendering{(function is null ? "" : $" (function '{function}')")}: {PluginFailure.Describe(e)}"
            : e.OriginalMessage;
        return new Diagnostic(DiagnosticSeverity.Error, $"style '{Style.Id}': template error: {blame}")
        {
            Location = new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1),
            RecordId = record.Id,
        };
    }

    /// <summary>Makes one render session ahead of the first list, unless one is pooled already.</summary>
    public void Prepare()
    {
        lock (_sessions)
        {
            if (_sessions.Count > 0) return;
        }
        MakeBuiltinsAhead();
        Return(Rent());
    }

    // The Scriban functions the templates name are made on a thread of their own while this one makes the template
    // context: each is a reflection pass over a method, and a first render otherwise makes them one by one.
    private void MakeBuiltinsAhead()
    {
        if (_templates.Lowered?.BuiltinMembers is not { Count: > 0 } members) return;
        new Thread(() =>
        {
            try
            {
                foreach (var (module, member) in members) LazyBuiltins.MakeAhead(module, member);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Left to the render that needs the function, which reports what goes wrong.
            }
        }) { IsBackground = true, Name = "builtins ahead" }.Start();
    }

    /// <summary>False to render with Scriban's evaluator only, not the evaluation trees (tests compare the two).</summary>
    internal bool UseEvaluationTrees { get; set; } = true;

    /// <summary>How many renders the evaluation trees handed back to Scriban, over the sessions not rendering now.</summary>
    internal int Fallbacks
    {
        get
        {
            lock (_sessions) return _sessions.Sum(s => s.Fallbacks);
        }
    }

    /// <summary>What made the trees hand back to Scriban, with counts, over the sessions not rendering now.</summary>
    internal IReadOnlyDictionary<string, int> FallbackReasons
    {
        get
        {
            lock (_sessions)
            {
                return _sessions.SelectMany(s => s.FallbackReasons).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
            }
        }
    }

    private RenderSession Rent()
    {
        RenderSession? session;
        lock (_sessions)
        {
            if (!_sessions.TryPop(out session)) session = null;
        }
        session ??= new RenderSession(Style, _templates, _extensions, Options);
        session.UseEvaluationTrees = UseEvaluationTrees;
        return session;
    }

    private void Return(RenderSession session)
    {
        lock (_sessions) _sessions.Push(session);
    }
}
