using Formatter.Core.Plugins;
using Formatter.Core.Templating;
using Formatter.Diagnostics;
using Formatter.Tests.Plugins;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Templating;

/// <summary>
/// The evaluation trees follow Scriban's rules, construct by construct: each template renders the expected text
/// with the trees and with Scriban's evaluator, and the trees hand back to Scriban only where they should.
/// </summary>
public sealed class EvaluationTreeSemanticsTests
{
    private static readonly Record[] Records =
    [
        new() { Id = "r1", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Alpha" } },
    ];

    public static TheoryData<string, string, string> Cases() => new()
    {
        // A function with parentheses keeps its parameters and the names it assigns first; it assigns the record's
        // existing globals, and one without parentheses assigns the record's globals.
        { "a function's own names", "a = 'g'\nfunc f(a)\n a = 'changed'\n q = 'local'\n ret a + q\nend\n(f 'p') + '/' + a", "changedlocal/g" },
        { "a function assigns existing globals", "y = 'outer'\nfunc f(a)\n y = a\n ret y\nend\nfunc g\n z = 'set'\n ret ''\nend\ng\n(f 'in') + '/' + y + '/' + z", "in/in/set" },
        { "a function called from a function works in the globals", "func g\n gx = 'g'\n ret gx\nend\nfunc f(a)\n ret g + a\nend\n(f 'p') + '/' + gx", "gp/g" },
        { "a loop in a function hides its parameter", "func f(a)\n for a in ['L']\n  a2 = a\n end\n ret a2 + a\nend\nf 'p'", "Lp" },
        { "a parameter hides a running loop's variable", "func f(a)\n ret a\nend\nfor a in ['L']\n res = f 'p'\nend\nres", "p" },
        { "default parameter", "func f(a, b = 'B')\n ret a + b\nend\n(f 'a') + (f 'a' 'c')", "aBac" },
        { "loops, break and ret", "func first_long(items)\n for item in items\n  if (string.size item) > 3\n   ret item\n  end\n end\n ret 'none'\nend\nout = ''\nfor w in ['ab', 'abcd', 'xyz']\n out = out + w\n if w == 'abcd'\n  break\n end\nend\nout + ' ' + (first_long ['a', 'bbbbb']) + ' ' + (first_long ['a'])", "ababcd bbbbb none" },
        { "loop variables", "$x = 'before'\nseen = ''\nfor $x in ['1', '2']\n seen = seen + $x\nend\nfor w in ['a']\n func peek()\n  ret w\n end\n seen = seen + peek\nend\nseen + ' ' + $x", "12a before" },
        { "loop over null", "n = 0\nfor w in null\n n = 1\nend\nn == 0 ? 'none' : 'some'", "none" },
        { "pipes", "(r.title | string.downcase) + (r.title | string.contains 'lph' ? ' yes' : ' no') + ((['a', 'b'] | array.contains 'a') ? ' in' : ' out')", "alpha yes in" },
        { "array.contains", "kinds = ['Alpha', 'Beta']\nmixed = ['1', 2]\n[(['a', 'b'] | array.contains 'b'), (['a', 'b'] | array.contains 'c'), (['1', '2'] | array.contains 1), ([1, 2] | array.contains 2), (['a', null] | array.contains null), (kinds | array.contains r.title), (mixed | array.contains 2), (mixed | array.contains '2'), (array.contains ['x'] 'x'), (['a'] | array.contains 'A')] | array.join ','", "true,false,false,true,true,true,true,false,true,false" },
        { "coalescing", "(null ?? 'd') + (r.note ?? 'e')", "de" },
        { "comparisons", "[('' == null), (null == null), (1 == 1), ('a' != 'b'), (r.title == 'Alpha'), (null != 'x')] | array.join ','", "false,true,true,true,true,true" },
        { "mixed additions", "1 + 'x' + (2 + 3)", "1x5" },
        // A run of `+` joins its texts at once; from an operand that is not text it goes on pair by pair (1 + 2 after a
        // text is "12", before one 3); operands are evaluated left to right; a text at Scriban's length limit is Scriban's.
        { "runs of +", "'(' + r.title + ')' + ' ' + (('a' + 'b') + 'c') + r.note + '|' + 1 + 2 + '|' + (1 + 2 + 'n') + '|' + ('1' + '2' + '3' + '4' + '5' + '6' + '7' + '8' + '9' + '10' + '11')", "(Alpha) abc|12|3n|1234567891011" },
        { "a run of + evaluates its operands in order", "func w(x)\n warn x 'title'\n ret x\nend\n(w 'a') + (w 'b') + 1 + (w 'c') + (w 'd')", "ab1cd" },
        { "a run of + past Scriban's length limit", "big = string.pad_right '' 150000\n'' + (string.size (big + big + 'x')) + ' ' + (string.size ('x' + big + big + 'y'))", "200004 200004" },
        // Definitions one after another are one node: later ones win, and inside a function or a loop each is
        // assigned as one alone would be.
        { "runs of definitions", "func a\n ret '1'\nend\nfunc a\n ret '2'\nend\nfunc b\n ret a\nend\nfunc outer(x)\n func i1\n  ret 'j'\n end\n func i2\n  ret 'i'\n end\n ret i2 + x\nend\nout = ''\nfor w in ['L']\n func l1\n  ret w\n end\n func l2\n  ret 'm'\n end\n out = l1 + l2\nend\nb + (outer 'p') + out + l2", "2ipLmm" },
        // The kit's join of an array literal is made without the array: blank items dropped, a number written out, a
        // separator that is not text converted; the separator first, then the items, in order.
        { "joins of array literals", "func w(x)\n warn x 'title'\n ret x\nend\n[(join ', ' [r.title, '', null, 1, r.note]), (join 2 ['a', 'b']), (join null ['a', 'b']), (join (w '; ') [(w 'p'), (w 'q')]), (join '-' ['1', '2', '3', '4', '5', '6', '7', '8', '9']), (join ' ' [])] | array.join '|'", "Alpha, 1|a2b|ab|p; q|1-2-3-4-5-6-7-8-9|" },
        { "truthiness", "(('' ? 'T' : 'F') + (0 ? 'T' : 'F') + (r.note ? 'T' : 'F') + ([] ? 'T' : 'F') + (!r.title ? 'T' : 'F'))", "TTFTF" },
        { "runs of || and &&, however grouped", "[(r.note || '' || null), (null || (r.note || r.title) || loud), (r.title && (r.title && null) && loud), ((true && 'x') && 1 && r.title), (r.note || r.title && null), ((r.note || r.title) && 'y')] | array.join ','", "true,true,false,true,false,true" },
        { "short circuit", "func loud()\n warn 'called' 'title'\n ret true\nend\n(false && loud) || (true || loud) ? 'ok' : 'no'", "ok" },
        { "indexers", "o = {'k': 'v'}\nl = ['x', 'y']\n(string.split 'a b c' ' ')[-1] + o['k'] + r['title'] + l[1] + l[-2]", "cvAlphayx" },
        { "members", "[r.title, r.note, string.upcase 'q'] | array.join '|'", "Alpha||Q" },
        { "function named without arguments", "func greeting\n ret 'hi'\nend\ngreeting + ' ' + (greeting)", "hi hi" },
        { "output of statements", "'a'\nx = 'not written'\nif true\n 'b'\nend\nfunc f\n 'c'\n ret 'ignored'\nend\nf\n", "abcignored" },
        // A function given an array literal may return it: the value outlives the call.
        { "an array returned by a function", "kept = same ['a', r.title]\njoin ',' kept", "a,Alpha" },
        { "text outside code", "'a'\n}}[text]{{\n'b'", "a[text]b" },
        { "include", "$t = 'main'\ninclude 'parts/p'\n$t + ' ' + part_value + ' ' + (include 'parts/q')", "main part q-output" },
        // Names no template writes (the record, the kit, Scriban's modules) are read from the stores directly, from
        // any scope; a name the style writes anywhere, even a kit function's, is read through the scopes.
        { "names no template writes", "func f(a)\n ret r.title + a + (same 'f')\nend\nout = ''\nfor w in ['1']\n out = out + (f w) + (string.upcase r.title) + (same 'k')\nend\nout", "Alpha1fALPHAk" },
        { "a kit function named without arguments is called", "stamp + (stamp) + ([stamp] | array.join '')", "stampedstampedstamped" },
        { "a kit function's name the style writes", "func g()\n ret same\nend\nsame = 'mine'\ng + same", "minemine" },
    };

    public static TheoryData<string, string, int> FallbackCases() => new()
    {
        { "an unknown variable is Scriban's error", "nope + r.title", 1 },
        { "a number is written by Scriban", "1 + 1", 1 },
        { "a string is iterated by Scriban", "out = ''\nfor c in 'ab'\n out = out + c\nend\nout", 1 },
        { "an index out of bounds is Scriban's error", "l = ['a']\nl[3]", 1 },
        { "a function does not see its caller's parameters", "func inner()\n ret x\nend\nfunc outer(x)\n ret inner\nend\nouter r.title", 1 },
        { "a function's first assignments are gone after it", "func f(a)\n newvar = a\n ret ''\nend\nf 'v'\nnewvar", 1 },
        { "a member of null is Scriban's error", "x = null\nx.y", 1 },
        { "a kit function's own error is Scriban's to report", "join", 1 },
        { "a kit function given too many arguments is Scriban's error", "period 'a' 'b'", 1 },
        { "a kit function as a pipe's target counts the piped value", "'a' | wrap '(' ')' 'extra'", 1 },
        { "functions a function defines are gone after it", "func outer(x)\n func inner\n  ret 'i'\n end\n func other\n  ret 'o'\n end\n ret inner\nend\nouter 'p'\ninner", 1 },
        { "an include of a computed name is Scriban's", "include ('parts/' + 'q')", 1 },
        { "an include the style has assigned is Scriban's", "include = 'x'\ninclude 'parts/q'", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Trees_render_as_Scriban_does(string name, string template, string expected)
    {
        var (trees, scriban, fallbacks) = RenderBoth(template);

        Assert.True(expected == trees.Text && scriban == trees, $"{name}: trees gave '{trees.Text}' ({trees.Diagnostics}), Scriban '{scriban.Text}' ({scriban.Diagnostics})");
        Assert.Equal(0, fallbacks);
    }

    [Theory]
    [MemberData(nameof(FallbackCases))]
    public void Trees_hand_back_to_Scriban_where_it_reports_or_converts(string name, string template, int expectedFallbacks)
    {
        var (trees, scriban, fallbacks) = RenderBoth(template);

        Assert.Equal(scriban, trees);
        Assert.True(expectedFallbacks == fallbacks, $"{name}: {fallbacks} fallbacks");
    }

    [Fact]
    public void A_style_with_a_construct_the_trees_lack_renders_with_Scriban()
    {
        using var temp = new TempStyleFolder();
        var diagnostics = new List<Diagnostic>();
        var (templates, built) = TemplateEngines.Build(temp, new Dictionary<string, string> { ["bibliography.sbn"] = "{{ while false; end; r.title }}" },
            new PluginRegistrar("test"), diagnostics);
        var engine = Assert.IsType<StyleEngine>(built);

        Assert.Null(templates.Lowered);
        Assert.Contains("ScriptWhileStatement", templates.NotLowered);
        Assert.Equal("Alpha", Assert.Single(engine.Format(Records).Entries).Text.ToPlainText());
    }

    [Fact]
    public void Each_record_reads_its_own_values_and_titles_are_cased_by_its_language()
    {
        // One render session reads r.x once per record and remembers the last title it cased; neither may outlive the
        // record (the same title in a German record stays as it is).
        const string Title = "The Rise Of Headline Titles";
        Record[] records =
        [
            new() { Id = "a", Type = "book", Fields = new Dictionary<string, string> { ["title"] = Title, ["note"] = "first" } },
            new() { Id = "b", Type = "book", Fields = new Dictionary<string, string> { ["title"] = Title, ["language"] = "de" } },
            new() { Id = "c", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Other", ["note"] = "third" } },
        ];
        var (entries, fallbacks) = FormatEach(
            "(headline_cased r.title ? 'H ' : '- ') + (sentence_case r.title) + ' / ' + (r.note ?? 'none') + ' / ' + r.title", records);

        Assert.Equal(
            ["H The rise of headline titles / first / " + Title, "- " + Title + " / none / " + Title, "- Other / third / Other"],
            entries);
        Assert.Equal(0, fallbacks);
    }

    [Fact]
    public void Each_record_is_asked_for_the_variables_it_has_and_only_those()
    {
        // The view answers a variable the record lacks without searching it; what a record has (a field under its CSL
        // name or under the template's own spelling, a name list, a date) must be found, record after record.
        Record[] records =
        [
            new() { Id = "a", Type = "book", Fields = new Dictionary<string, string> { ["container-title"] = "Journal" } },
            new()
            {
                Id = "b", Type = "report",
                Names = new Dictionary<string, IReadOnlyList<Records.Name>> { ["editor"] = [new() { Family = "Ode", Given = "Ada" }] },
                Dates = new Dictionary<string, Records.DateValue> { ["accessed"] = new() { Literal = "n.d." } },
            },
            new() { Id = "c", Type = "book", Fields = new Dictionary<string, string> { ["note"] = " ", ["container_title"] = "Kept" } },
        ];
        var (entries, fallbacks) = FormatEach(
            "[r.id, r.type, r.container_title ?? '-', r.editor ?? '-', r.accessed ?? '-', r.note ?? '-', r.title ?? '-'] | array.join '|'", records);

        Assert.Equal(["a|book|Journal|-|-|-|-", "b|report|-|1|n.d.|-|-", "c|book|Kept|-|-|-|-"], entries);
        Assert.Equal(0, fallbacks);
    }

    [Fact]
    public void A_record_handed_back_to_Scriban_leaves_nothing_in_the_next_records_output()
    {
        // The first record writes its title, then meets a name Scriban reports: the trees give it up half written.
        Record[] records =
        [
            new() { Id = "a", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "First", ["note"] = "x" } },
            new() { Id = "b", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Second" } },
        ];
        var (entries, fallbacks) = FormatEach("r.title\nif r.note == 'x'\n nope\nend", records);

        Assert.Equal(["Second"], entries);
        Assert.Equal(1, fallbacks);
    }

    // The session keeps its globals' storage from record to record; what the first record wrote is not there for the
    // second: not when read, and not when a function assigns the name (a name new to the globals stays the function's).
    [Theory]
    [InlineData("if r.note\n seen = r.note\nend\nr.title + ' ' + seen", "First x")]
    [InlineData("if r.note\n kept = 'top'\nend\nfunc f(a)\n kept = a\n ret ''\nend\nf 'in'\nr.title + ' ' + kept", "First in")]
    public void A_name_one_record_assigned_is_unknown_to_the_next(string template, string first)
    {
        Record[] records =
        [
            new() { Id = "a", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "First", ["note"] = "x" } },
            new() { Id = "b", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "Second" } },
        ];
        var (entries, fallbacks) = FormatEach(template, records);

        Assert.Equal([first], entries);
        Assert.Equal(1, fallbacks);
    }

    // One engine (so one render session) formats the records as a list: each entry's text, and how many fell back.
    private static (List<string> Entries, int Fallbacks) FormatEach(string template, Record[] records)
    {
        using var temp = new TempStyleFolder();
        var diagnostics = new List<Diagnostic>();
        var (_, built) = TemplateEngines.Build(temp, new Dictionary<string, string> { ["bibliography.sbn"] = "{{~\n" + template + "\n~}}" },
            new PluginRegistrar("test"), diagnostics);
        var engine = Assert.IsType<StyleEngine>(built);
        var entries = engine.Format(records).Entries.Select(e => e.Text.ToPlainText()).ToList();
        return (entries, engine.Fallbacks);
    }

    // A kit call with the wrong number of arguments: the kit's own check would throw too (and the session hand that
    // back as well); the evaluator's comes first, before the arguments are evaluated, and says why. A `contains` read
    // from an array is nothing, not Scriban's array.contains, whether or not the same node has met Scriban's before
    // (the last case calls f with Scriban's array module first).
    [Theory]
    [InlineData("period 'a' 'b'", "argument count")]
    [InlineData("'a' | wrap '(' ')' 'extra'", "argument count")]
    [InlineData("join", "argument count")]
    [InlineData("func f(array)\n ret ['a'] | array.contains 'a'\nend\nf ['x']", "call of a value that is not a function")]
    [InlineData("func f(array)\n ret ['a'] | array.contains 'a'\nend\ny = f array\nf ['x']", "call of a value that is not a function")]
    public void A_call_the_trees_cannot_make_is_handed_back_for_its_reason(string template, string reason)
    {
        using var temp = new TempStyleFolder();
        var engine = BuildEngine(temp, template);

        Render(engine);

        Assert.Equal([reason], engine.FallbackReasons.Keys);
    }

    private static (Rendered Trees, Rendered Scriban, int Fallbacks) RenderBoth(string template)
    {
        using var temp = new TempStyleFolder();
        var engine = BuildEngine(temp, template);

        var trees = Render(engine);
        var fallbacks = engine.Fallbacks;
        engine.UseEvaluationTrees = false;
        return (trees, Render(engine), fallbacks);
    }

    private static StyleEngine BuildEngine(TempStyleFolder temp, string template)
    {
        var diagnostics = new List<Diagnostic>();
        var registrar = new PluginRegistrar("test");
        registrar.AddFunction("same", (Func<object?, object?>)(value => value));
        registrar.AddFunction("stamp", (Func<string>)(() => "stamped"));
        var (templates, built) = TemplateEngines.Build(temp, new Dictionary<string, string>
        {
            ["bibliography.sbn"] = "{{~\n" + template + "\n~}}",
            ["parts/p.sbn"] = "{{~\n$t = 'part'\npart_value = $t\n~}}",
            ["parts/q.sbn"] = "{{~\n'q-output'\n~}}",
        }, registrar, diagnostics);
        Assert.True(templates.NotLowered is null, templates.NotLowered);
        var engine = Assert.IsType<StyleEngine>(built);
        Assert.Empty(diagnostics);
        return engine;
    }

    private static Rendered Render(StyleEngine engine)
    {
        var list = engine.Format(Records);
        var text = list.Entries.Count == 0 ? "" : list.Entries[0].Text.ToPlainText();
        return new Rendered(text, string.Join(" | ", list.Diagnostics.Select(d => d.ToString())));
    }

    private sealed record Rendered(string Text, string Diagnostics);
}
