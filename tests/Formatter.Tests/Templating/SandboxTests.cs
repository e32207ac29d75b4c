using Formatter.Core.Api;
using Formatter.Diagnostics;
using Record = Formatter.Records.Record;
using Formatter.Tests.Plugins;

namespace Formatter.Tests.Templating;

/// <summary>Template errors name style, file, line, column and record; the sandbox holds.</summary>
public sealed class SandboxTests
{
    private static readonly Record Book = new()
    {
        Id = "rec-7",
        Type = "book",
        Fields = new Dictionary<string, string> { ["title"] = "T" },
    };

    private static Diagnostic RenderError(string template, IReadOnlyDictionary<string, string>? extra = null)
    {
        using var temp = new TempStyleFolder();
        var templates = new Dictionary<string, string> { ["bibliography.sbn"] = template };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) templates[k] = v;
        temp.AddStyle("s", "s", templates);
        var formatter = new FormatterBuilder().AddPluginFolder(temp.Root).Build();
        var list = formatter.Format([Book], "s");
        Assert.Empty(list.Entries);
        return Assert.Single(list.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_undefined_variable_is_an_error_with_file_line_column_and_record()
    {
        var error = RenderError("{{ r.title }}\n  {{ nonsense }}");
        Assert.EndsWith("bibliography.sbn", error.Location?.File);
        Assert.Equal(2, error.Location?.Line);
        Assert.Equal(6, error.Location?.Column);
        Assert.Equal("rec-7", error.RecordId);
        Assert.Contains("style 's'", error.Message);
    }

    [Fact]
    public void A_misspelt_record_variable_is_an_error_not_a_blank()
    {
        var error = RenderError("{{ r.titel }}");
        Assert.Contains("r.titel is not a CSL variable", error.Message);
    }

    [Fact]
    public void Includes_cannot_leave_the_style_folder()
    {
        var error = RenderError("{{ include '../secret' }}");
        Assert.Contains("not found in the style folder", error.Message);
    }

    [Fact]
    public void Includes_inside_the_folder_work()
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string>
        {
            ["bibliography.sbn"] = "{{ include 'parts/t' }}!",
            ["parts/t.sbn"] = "{{ r.title }}",
        });
        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([Book], "s");
        Assert.Equal("T!", Assert.Single(list.Entries).Text.ToPlainText());
    }

    [Fact]
    public void Endless_loops_stop_at_the_loop_limit()
    {
        var error = RenderError("{{ for i in 1..100000 }}x{{ end }}");
        Assert.Contains("loop", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Unbounded_recursion_stops()
    {
        var error = RenderError("{{ func f(x)\n ret f(x)\nend\n f(1) }}");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_when_the_style_is_built()
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = "line one\n{{ if }}" });
        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([Book], "s");
        var errors = list.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(2, e.Location?.Line));
        Assert.All(errors, e => Assert.EndsWith("bibliography.sbn", e.Location?.File));
    }

    [Fact]
    public void Data_cannot_forge_markup()
    {
        using var temp = new TempStyleFolder();
        temp.AddStyle("s", "s", new Dictionary<string, string> { ["bibliography.sbn"] = "{{ r.title }}" });
        var record = Book with { Fields = new Dictionary<string, string> { ["title"] = "a\uE000i\uE001b\uE002 <script>&amp; *x* {y} \\z" } };
        var list = new FormatterBuilder().AddPluginFolder(temp.Root).Build().Format([record], "s");
        var text = Assert.Single(list.Entries).Text;
        Assert.Equal("aib <script>&amp; *x* {y} \\z", text.ToPlainText());
        Assert.Equal("aib &lt;script&gt;&amp;amp; *x* {y} \\z", Formatter.Core.Writers.HtmlRenderer.Instance.Render(text));
        Assert.Equal("aib \\<script\\>\\&amp; \\*x\\* {y} \\\\z", Formatter.Core.Writers.MarkdownRenderer.Instance.Render(text));
    }
}
