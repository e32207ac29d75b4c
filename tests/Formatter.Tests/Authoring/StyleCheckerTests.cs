using Formatter.Core.Authoring;
using Formatter.Diagnostics;
using Formatter.Tests.Plugins;

namespace Formatter.Tests.Authoring;

/// <summary>check-style's engine: every problem with its file, line and column; the styles written from the guide pass.</summary>
public sealed class StyleCheckerTests
{
    private static StyleCheckResult CheckBad(string template, string manifestExtra = "")
    {
        using var temp = new TempStyleFolder();
        var dir = temp.AddStyle("bad", "bad", new Dictionary<string, string> { ["bibliography.sbn"] = template }, manifestExtra);
        return StyleChecker.Check(dir);
    }

    private static Diagnostic Single(StyleCheckResult result, string text) =>
        Assert.Single(result.Diagnostics, d => d.Message.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void A_misspelt_record_variable_is_reported_at_its_line_and_column()
    {
        var result = CheckBad("{{ r.title }}\n  {{ r.titel }}");
        var error = Single(result, "r.titel is not a CSL variable");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.EndsWith("bibliography.sbn", error.Location?.File);
        Assert.Equal((2, 8), (error.Location?.Line, error.Location?.Column));
        Assert.False(result.Ok);
    }

    [Fact]
    public void An_unknown_function_is_reported_but_functions_and_variables_defined_in_the_folder_are_not()
    {
        var result = CheckBad("{{ func shout(text)\n ret text + '!'\nend\nx = shout r.title\nfor n in [1, 2]; n; end\nx }} {{ whisper r.title }}");
        var error = Single(result, "unknown function or variable 'whisper'");
        Assert.Equal((6, 9), (error.Location?.Line, error.Location?.Column));
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_template_the_evaluation_trees_cannot_run_is_reported_as_information()
    {
        var result = CheckBad("{{ n = 0\nwhile n < 1\n n = n + 1\nend\nr.title }}");
        var info = Single(result, "renders with Scriban's own evaluator");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("ScriptWhileStatement at line 2", info.Message);
        Assert.EndsWith("bibliography.sbn", info.Location?.File);
        Assert.True(result.Ok);
    }

    [Fact]
    public void A_bad_include_and_a_parse_error_are_reported_with_their_place()
    {
        Assert.Equal(1, Single(CheckBad("{{ include 'parts/missing' }}"), "include 'parts/missing' not found").Location?.Line);
        var parse = Assert.Single(CheckBad("ok\n{{ if r.title }}").Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, parse.Severity);
        Assert.Equal(2, parse.Location?.Line);
    }

    [Fact]
    public void Manifest_problems_point_at_their_line_in_style_json()
    {
        var result = CheckBad("{{ names 'author' 'nope' }} {{ term 'no-such-term' }} {{ options.flavour }}",
            """, "names": { "list": { "inversion": "sideways" } }, "passes": ["sort", "no-such-pass"], "colour": "red" """);
        Assert.Contains("'sideways' is not a valid inversion", Single(result, "sideways").Message);
        Assert.EndsWith("style.json", Single(result, "unknown list pass 'no-such-pass'").Location?.File);
        Assert.Equal(DiagnosticSeverity.Warning, Single(result, "unknown manifest key \"colour\"").Severity);
        Assert.Contains("no name preset 'nope'", Single(result, "'nope'").Message);
        Assert.NotNull(Single(result, "unknown term 'no-such-term'").Location);
        Assert.Equal(DiagnosticSeverity.Warning, Single(result, "options.flavour is not declared").Severity);
    }

    [Theory]
    [InlineData("en-UK", "is not a known language tag")]
    [InlineData("xx", "is not built in")]
    public void A_locale_with_no_data_of_its_own_is_a_warning(string locale, string text)
    {
        var result = CheckBad("{{ r.title }}", $$""", "locale": "{{locale}}" """);
        Assert.Equal(DiagnosticSeverity.Warning, Single(result, text).Severity);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("ru-RU")]
    [InlineData("de")]
    public void A_known_locale_is_taken_without_a_word(string locale) =>
        Assert.DoesNotContain(CheckBad("{{ r.title }}", $$""", "locale": "{{locale}}" """).Diagnostics, d => d.Message.Contains("locale", StringComparison.Ordinal));

    [Fact]
    public void A_missing_template_is_an_error_at_the_manifest_line_that_names_it()
    {
        using var temp = new TempStyleFolder();
        var dir = Path.Combine(temp.Root, "s");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "style.json"), "{\n  \"id\": \"s\", \"title\": \"S\",\n  \"templates\": { \"bibliography\": \"b.sbn\" }\n}");
        var error = Assert.Single(StyleChecker.Check(dir).Diagnostics);
        Assert.Equal("the bibliography template 'b.sbn' is missing", error.Message);
        Assert.Equal((3, 34), (error.Location?.Line, error.Location?.Column));
    }

    [Theory]
    [InlineData("mla")]
    [InlineData("ieee")]
    public void The_styles_written_by_following_the_guide_check_clean(string style)
    {
        var folder = Path.Combine(SharedData.RepoRoot, "styles", style);
        var result = StyleChecker.Check(folder, TestFormatter.Shared.ExtensionsFor(style));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal([style], result.StyleIds);
    }

    [Theory]
    [InlineData("{{ r.pubisher }}", "r.pubisher is not a CSL variable; did you mean r.publisher?")]
    [InlineData("{{ r.containertitle }}", "r.containertitle is not a CSL variable; did you mean r.container_title?")]
    [InlineData("{{ r.dio }}", "r.dio is not a CSL variable; did you mean r.doi?")]
    [InlineData("{{ italics r.title }}", "unknown function or variable 'italics' (not in the kit, the plugin, Scriban's built-ins, nor assigned in a template of this style); did you mean 'italic'?")]
    [InlineData("{{ r.zzzzzz }}", "r.zzzzzz is not a CSL variable (variables are written in snake_case, e.g. r.container_title)")]
    public void A_misspelt_name_gets_the_nearest_known_one(string template, string message) =>
        Assert.Equal(DiagnosticSeverity.Error, Single(CheckBad(template), message).Severity);

    public static TheoryData<string> ShippedStyles() => [.. Directory.GetDirectories(Path.Combine(SharedData.RepoRoot, "styles")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedStyles))]
    public void The_shipped_styles_check_clean(string folderName)
    {
        // GOST's name presets take et-al limits from its options ("$et-al-min"): the check reads them too.
        var folder = Path.Combine(SharedData.RepoRoot, "styles", folderName);
        var style = StyleChecker.Check(folder).StyleIds.First();
        var result = StyleChecker.Check(folder, TestFormatter.Shared.ExtensionsFor(style));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("{{ string.contains r.title 'x' || r.note }}", "'x' || r.note")]
    [InlineData("{{ if names 'author' == '' }}x{{ end }}", "'author' == ''")]
    public void A_comparison_after_a_call_taken_into_its_last_argument_is_a_warning(string template, string taken)
    {
        var warning = Single(CheckBad(template), "Scriban reads");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith($"'{taken}' is the last argument of", warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, warning.Location?.Line);
    }

    [Fact]
    public void A_call_in_parentheses_before_a_comparison_is_taken_without_a_word() =>
        Assert.DoesNotContain(CheckBad("{{ (string.contains r.title 'x') || r.note }}").Diagnostics, d => d.Message.Contains("Scriban reads", StringComparison.Ordinal));

    [Fact]
    public void A_compiled_style_checked_without_its_plugin_reports_the_plugin_functions_as_unknown()
    {
        var result = StyleChecker.Check(Path.Combine(SharedData.RepoRoot, "styles", "ieee"));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("unknown function or variable 'ieee_date'"));
    }
}
