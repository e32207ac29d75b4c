using Formatter.Core.Authoring;
using Formatter.Diagnostics;

namespace Formatter.Tests.Authoring;

/// <summary>A manifest's mistakes are named one by one, at their place, without the JSON reader's own position text.</summary>
public sealed class ManifestMistakeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("formatter-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private StyleCheckResult Check(string manifest)
    {
        File.WriteAllText(Path.Combine(_folder, "style.json"), manifest);
        File.WriteAllText(Path.Combine(_folder, "bibliography.sbn"), "{{ r.title }}");
        return StyleChecker.Check(_folder);
    }

    [Fact]
    public void A_missing_id_is_named()
    {
        var result = Check("""{ "title": "T", "templates": { "bibliography": "bibliography.sbn" } }""");
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.EndsWith("the style manifest has no \"id\" (the style's name on the command line)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_bibliography_template_is_named()
    {
        var result = Check("""{ "id": "t", "title": "T", "templates": { } }""");
        Assert.Contains(result.Diagnostics, d => d.Message.EndsWith("the style manifest has no \"templates\": { \"bibliography\": \"FILE.sbn\" } entry", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_json_is_reported_once_at_its_place()
    {
        var result = Check("{ \"id\": \"t\",\n  \"templates\": { \"bibliography\": \"bibliography.sbn\" },\n  x }");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(3, error.Location?.Line);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sort", "author yaer", "option sort: unknown sort key 'yaer' (author, year, title, none)")]
    [InlineData("terms-by", "language", "option terms-by: must be style, record or script, not 'language'")]
    [InlineData("smart-quotes", "yes", "option smart-quotes: must be true or false, not 'yes'")]
    public void A_built_in_option_with_a_value_it_cannot_take_is_an_error(string name, string value, string message)
    {
        var result = Check($$"""{ "id": "t", "title": "T", "templates": { "bibliography": "bibliography.sbn" }, "options": { "{{name}}": "{{value}}" } }""");
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message == message);
    }

    [Fact]
    public void A_near_miss_of_a_key_gets_the_key()
    {
        var result = Check("""{ "id": "t", "title": "T", "templates": { "bibliography": "bibliography.sbn" }, "pass": ["sort"] }""");
        Assert.Contains(result.Diagnostics, d => d.Message == "unknown manifest key \"pass\" (ignored); did you mean \"passes\"?");
    }
}
