using Formatter.Core.Api;
using Formatter.Core.Writers;
using Formatter.Diagnostics;
using Record = Formatter.Records.Record;

namespace Formatter.Tests.Authoring;

/// <summary>
/// <see cref="FormatterBuilder.LoadPluginsOnDemand"/>: the build reads manifests only; an assembly loads when one of
/// its styles is first used, and a plugin that cannot load is reported then, by name, without touching other styles.
/// </summary>
public sealed class OnDemandPluginLoadingTests
{
    private static readonly Record Book = new() { Id = "b", Type = "book", Fields = new Dictionary<string, string> { ["title"] = "A" } };

    [Fact]
    public void A_broken_plugin_is_reported_when_its_style_is_used_and_the_other_styles_work()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("ThrowsOnLoadPlugin", "broken", "{{ r.title }}");
        root.AddStyle("plain", "plain", "{{ r.title }}.");

        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).LoadPluginsOnDemand().Build();

        Assert.DoesNotContain(formatter.LoadDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var plain = formatter.Format([Book], "plain");
        Assert.Equal("A.", PlainTextRenderer.Instance.Render(Assert.Single(plain.Entries).Text));
        var broken = formatter.Format([Book], "broken");
        Assert.Empty(broken.Entries);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("plugin 'ThrowsOnLoadPlugin' was skipped: InvalidOperationException: the plugin failed while registering", error.Message);
    }

    [Fact]
    public void Prepare_parses_the_templates_ahead_so_that_format_no_longer_needs_the_files()
    {
        using var root = new TestPluginRoot();
        var folder = root.AddStyle("plain", "plain", "{{ r.title }}.");
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).LoadPluginsOnDemand().Build();

        formatter.Prepare("plain");
        foreach (var template in Directory.GetFiles(folder, "*.sbn")) File.Delete(template);

        var plain = formatter.Format([Book], "plain");
        Assert.Equal("A.", PlainTextRenderer.Instance.Render(Assert.Single(plain.Entries).Text));
    }

    [Fact]
    public void Prepare_throws_nothing_for_a_broken_plugin_and_the_next_format_reports_it()
    {
        using var root = new TestPluginRoot();
        root.AddPlugin("ThrowsOnLoadPlugin", "broken", "{{ r.title }}");
        var formatter = new FormatterBuilder().AddPluginFolder(root.Root).LoadPluginsOnDemand().Build();

        formatter.Prepare("broken");

        var broken = formatter.Format([Book], "broken");
        Assert.Empty(broken.Entries);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("plugin 'ThrowsOnLoadPlugin' was skipped: InvalidOperationException: the plugin failed while registering", error.Message);
        Assert.Throws<ArgumentException>(() => formatter.Prepare("no-such-style"));
    }

    [Fact]
    public void Styles_of_compiled_plugins_format_the_same_when_loaded_on_demand()
    {
        var eager = TestFormatter.Shared;
        var onDemand = new FormatterBuilder().AddPluginFolder(TestFormatter.PluginFolder).LoadPluginsOnDemand().Build();
        var record = new Record
        {
            Id = "x",
            Type = "article-journal",
            Fields = new Dictionary<string, string> { ["title"] = "The evolution of relations", ["container-title"] = "Journal", ["volume"] = "3", ["page"] = "10-20" },
            Names = new Dictionary<string, IReadOnlyList<Formatter.Records.Name>> { ["author"] = [new Formatter.Records.Name { Family = "Batyuk", Given = "Vladimir" }] },
        };

        foreach (var style in new[] { "apa", "chicago-author-date", "gost-r-7.0.100-2018", "ieee" })
        {
            var expected = CitationFormatter.Write(eager.Format([record], style), "text");
            Assert.Equal(expected, CitationFormatter.Write(onDemand.Format([record], style), "text"));
            Assert.DoesNotContain(onDemand.Format([record], style).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
